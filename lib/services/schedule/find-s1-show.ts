import "server-only";
import { notFound } from "@/lib/http/errors";

/** "9:05", "09:05" and "09:05:00" all name the show at 09:05. */
function normaliseTime(time: string): string | null {
  const match = time.trim().match(/^(\d{1,2})[:.h](\d{2})(?::\d{2})?$/i);
  return match ? `${match[1].padStart(2, "0")}:${match[2]}` : null;
}

export type S1Slot = { date: string; title: string; time: string };
/** A show of the day, with its `time` ("HH:mm" in APP_TIMEZONE). */
export type S1ShowRow = { id: string; starts_at: Date; title: string; time: string };

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

/**
 * The show S1 names by `date` (YYYY-MM-DD), film `title` (any letter case)
 * and `time` ("HH:mm" in APP_TIMEZONE), among the day's shows in schedule
 * order, failing with S1's messages in S1's order: 404 "Date not found" (no
 * shows that day), "Title not found", "Time not found". Two halls showing one
 * film at the same minute: the first.
 */
export function pickS1Show(shows: S1ShowRow[], slot: S1Slot) {
  if (!shows.length) throw notFound("Date");
  const { title, time } = s1SlotKeys(slot);
  const ofFilm = shows.filter((s) => s.title.trim().toLowerCase() === title);
  if (!ofFilm.length) throw notFound("Title");
  const show = ofFilm.find((s) => s.time === time);
  if (!show) throw notFound("Time");
  return { showtimeId: show.id, title: show.title, startsAt: show.starts_at };
}
