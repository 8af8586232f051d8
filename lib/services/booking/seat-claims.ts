import "server-only";

// The seats this process's hold transactions are taking right now, by
// showtime and label. Buyers of an on-sale rush ask for the same seats at the
// same moment: best-available picks choose around these seats while others
// remain (instead of all computing the same block and all but one losing it
// to SKIP LOCKED), and S1's check refuses named seats that are being taken
// before opening a transaction for them. A hint only: the row locks decide,
// and a claim ends with its transaction (or after CLAIM_MS at the latest).

const CLAIM_MS = 2_000;
const claims = new Map<string, Map<string, number>>();

/** Claims `labels` of a showtime; the returned function ends the claim. */
export function claimSeats(showtimeId: string, labels: string[], now = Date.now()): () => void {
  const byShowtime = claims.get(showtimeId) ?? new Map<string, number>();
  claims.set(showtimeId, byShowtime);
  for (const [label, until] of byShowtime) if (until <= now) byShowtime.delete(label);
  const until = now + CLAIM_MS;
  const keys = labels.map((l) => l.toUpperCase());
  for (const key of keys) byShowtime.set(key, until);
  if (claims.size > 1_000) claims.clear();
  return () => {
    for (const key of keys) if (byShowtime.get(key) === until) byShowtime.delete(key);
    if (!byShowtime.size && claims.get(showtimeId) === byShowtime) claims.delete(showtimeId);
  };
}

/** Which of `labels` another hold of this process is taking right now. */
export function claimedLabels(showtimeId: string, labels: string[], now = Date.now()): string[] {
  const byShowtime = claims.get(showtimeId);
  if (!byShowtime) return [];
  return labels.filter((l) => (byShowtime.get(l.toUpperCase()) ?? 0) > now);
}
