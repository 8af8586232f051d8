import "server-only";
import { db } from "@/lib/db/client";
import { freeSeatCondition } from "./free-seat-condition";

/**
 * Free seats per showtime, in one query for all of them: a seat is free when
 * it is AVAILABLE, or HELD with a hold that has run out (held_until <= now,
 * the rule holdSeats applies); disabled seats never are.
 */
export async function countFreeSeats(showtimeIds: string[], now = new Date()): Promise<Map<string, number>> {
  const counts = new Map<string, number>(showtimeIds.map((id) => [id, 0]));
  if (!showtimeIds.length) return counts;
  const rows = await db.$queryRaw<{ showtime_id: string; free: number }[]>`
    SELECT ss.showtime_id, count(*)::int AS free
    FROM showtime_seats ss
    JOIN seats s ON s.id = ss.seat_id
    WHERE ss.showtime_id = ANY(${showtimeIds}::uuid[])
      AND ${freeSeatCondition(now)}
    GROUP BY ss.showtime_id`;
  for (const row of rows) counts.set(row.showtime_id, row.free);
  return counts;
}
