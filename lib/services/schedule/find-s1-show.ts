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
export async function findS1Show(slot: S1Slot) {
  const { start, end } = s1DayRange(slot.date);
  // One light statement through `pg` (lib/db/sql.ts).
  return pickS1Show(await sql<S1ShowRow>(s1ShowsSql("$1", "$2"), [start, end]), slot);
}

export type S1Slot = { date: string; title: string; time: string };
/** A show of the day; `time` ("HH:mm" in APP_TIMEZONE) when the statement already computed it. */
export type S1ShowRow = { id: string; starts_at: Date; title: string; time?: string };

/** [start, end) of the day S1 names; 404 "Date not found" for a malformed date. */
export function s1DayRange(date: string): { start: Date; end: Date } {
  if (!isValidDate(date)) throw notFound("Date");
  return zonedDayRange(date, env().APP_TIMEZONE);
}

/** The statement listing the shows (S1ShowRow) starting in [start, end), in schedule order; the arguments are placeholders. */
export const s1ShowsSql = (start: string, end: string) => `SELECT st.id, st.starts_at, e.title ${s1ShowsFrom(start, end)} ORDER BY st.starts_at, st.id`;

/** S1's shows (`st`, with their film `e`, and `joins` if given) starting in [start, end): scheduled showtimes of published films that are not cancelled. */
export const s1ShowsFrom = (start: string, end: string, joins = "") =>
  `FROM showtimes st JOIN events e ON e.id = st.event_id ${joins}
    WHERE st.status = 'SCHEDULED' AND st.starts_at >= ${start} AND st.starts_at < ${end}
      AND e.kind = 'FILM' AND e.published_at IS NOT NULL AND e.status <> 'CANCELLED'`;

/** The film title and "HH:mm" S1's slot names, as pickS1Show compares them (null: a time no show can have). */
export function s1SlotKeys(slot: S1Slot): { title: string; time: string | null } {
  return { title: slot.title.trim().toLowerCase(), time: normaliseTime(slot.time) };
}

/** The show of the day's shows that S1's slot names, or S1's 404 (no shows: "Date", then "Title", then "Time"). */
export function pickS1Show(shows: S1ShowRow[], slot: S1Slot) {
  if (!shows.length) throw notFound("Date");
  const tz = env().APP_TIMEZONE;
  const { title, time } = s1SlotKeys(slot);
  const ofFilm = shows.filter((s) => s.title.trim().toLowerCase() === title);
  if (!ofFilm.length) throw notFound("Title");
  const show = ofFilm.find((s) => (s.time ?? timeIn(s.starts_at, tz)) === time);
  if (!show) throw notFound("Time");
  return { showtimeId: show.id, title: show.title, startsAt: show.starts_at };
}
