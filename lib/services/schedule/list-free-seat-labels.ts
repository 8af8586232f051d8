import "server-only";
import { db } from "@/lib/db/client";

/**
 * The labels of the seats still free for each showtime, in seat-map order
 * (row, then column), in one query for all of them. A seat is free when it is
 * AVAILABLE, or HELD with a hold that has run out; disabled seats never are.
 */
export async function listFreeSeatLabels(showtimeIds: string[], now = new Date()): Promise<Map<string, string[]>> {
  const byShowtime = new Map<string, string[]>(showtimeIds.map((id) => [id, []]));
  if (!showtimeIds.length) return byShowtime;
  const rows = await db.showtimeSeat.findMany({
    where: {
      showtimeId: { in: showtimeIds },
      seat: { isDisabled: false },
      OR: [{ state: "AVAILABLE" }, { state: "HELD", heldUntil: { lte: now } }],
    },
    select: { showtimeId: true, seat: { select: { label: true } } },
    orderBy: [{ seat: { gridRow: "asc" } }, { seat: { gridColumn: "asc" } }],
  });
  for (const row of rows) byShowtime.get(row.showtimeId)?.push(row.seat.label);
  return byShowtime;
}
