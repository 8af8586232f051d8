import "server-only";
import { sql } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { notFound } from "@/lib/http/errors";
import { isValidDate, timeIn, zonedDayRange } from "@/lib/time";

/** "9:05", "09:05" and "09:05:00" all name the show at 09:05. */
function normaliseTime(time: string): string | null {
  const match = time.trim().match(/^(\d{1,2})[:.h](\d{2})(?::\d{2})?$/i);
  return match ? `${match[1].padStart(2, "0")}:${match[2]}` : null;
}

/**
 * The show S1 names by `date` (YYYY-MM-DD), film `title` (any letter case)
 * and `time` ("HH:mm" in APP_TIMEZONE), failing with S1's messages in S1's
 * order: 404 "Date not found" (malformed, or no shows that day), "Title not
 * found", "Time not found". Two halls showing one film at the same minute:
 * the first in schedule order. One light query (no seat counts): it runs on
 * every purchase attempt.
 */
export async function findS1Show(slot: { date: string; title: string; time: string }) {
  if (!isValidDate(slot.date)) throw notFound("Date");
  const tz = env().APP_TIMEZONE;
  const { start, end } = zonedDayRange(slot.date, tz);
  // Runs on every purchase attempt: one statement through `pg` (lib/db/sql.ts).
  const shows = (
    await sql<{ id: string; starts_at: Date; title: string }>(
      `SELECT st.id, st.starts_at, e.title
         FROM showtimes st JOIN events e ON e.id = st.event_id
        WHERE st.status = 'SCHEDULED' AND st.starts_at >= $1 AND st.starts_at < $2
          AND e.kind = 'FILM' AND e.published_at IS NOT NULL AND e.status <> 'CANCELLED'
        ORDER BY st.starts_at, st.id`,
      [start, end],
    )
  ).map((row) => ({ id: row.id, startsAt: row.starts_at, event: { title: row.title } }));
  if (!shows.length) throw notFound("Date");
  const title = slot.title.trim().toLowerCase();
  const ofFilm = shows.filter((s) => s.event.title.trim().toLowerCase() === title);
  if (!ofFilm.length) throw notFound("Title");
  const time = normaliseTime(slot.time);
  const show = ofFilm.find((s) => timeIn(s.startsAt, tz) === time);
  if (!show) throw notFound("Time");
  return { showtimeId: show.id, title: show.event.title, startsAt: show.startsAt };
}
