// Pure labelling rules of seat maps, shared by the editor (in the browser)
// and the services that build maps on the server.

/** 0 → "A", 25 → "Z", 26 → "AA", 27 → "AB", … (spreadsheet-style). */
export function rowLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Row labels by grid row: rows that hold seats are lettered A, B, … from the
 * screen back, skipping empty rows (cross aisles); a typed label wins.
 */
export function autoRowLabels(hasSeats: boolean[], overrides: (string | null | undefined)[]): (string | null)[] {
  let next = 0;
  return hasSeats.map((has, row) => {
    if (!has) return null;
    const auto = rowLetters(next++);
    const typed = overrides[row]?.trim();
    return typed ? typed : auto;
  });
}

/** Seat numbers for one row's seat columns: 1..n left to right (or right to left), gaps skipped. */
export function seatNumbers(columns: number[], direction: "ltr" | "rtl"): Map<number, number> {
  const sorted = [...columns].sort((a, b) => a - b);
  if (direction === "rtl") sorted.reverse();
  return new Map(sorted.map((c, i) => [c, i + 1]));
}
