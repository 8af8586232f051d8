import "server-only";
import { db } from "@/lib/db/client";
import { freeSeatCondition } from "./free-seat-condition";

/**
 * The labels of the seats still free for each showtime, in seat-map order
 * (row, then column), in one query for all of them. A seat is free when it is
 * AVAILABLE, or HELD with a hold that has run out; disabled seats never are.
 * Aggregated in SQL: a day's schedule has thousands of free seats, and one
 * row object per seat made this the most expensive part of S1's getDay.
 */
export async function listFreeSeatLabels(showtimeIds: string[], now = new Date()): Promise<Map<string, string[]>> {
  const byShowtime = new Map<string, string[]>(showtimeIds.map((id) => [id, []]));
  if (!showtimeIds.length) return byShowtime;
  const rows = await db.$queryRaw<{ showtime_id: string; labels: string[] }[]>`
    SELECT ss.showtime_id, array_agg(s.label ORDER BY s.grid_row, s.grid_column) AS labels
    FROM showtime_seats ss
    JOIN seats s ON s.id = ss.seat_id
    WHERE ss.showtime_id = ANY(${showtimeIds}::uuid[])
      AND ${freeSeatCondition(now)}
    GROUP BY ss.showtime_id`;
  for (const row of rows) byShowtime.set(row.showtime_id, row.labels);
  return byShowtime;
}
