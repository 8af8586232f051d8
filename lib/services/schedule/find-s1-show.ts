import "server-only";
import { notFound } from "@/lib/http/errors";
import { isValidDate } from "@/lib/time";
import { getDaySchedule } from "./get-day-schedule";

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
 * the first in schedule order.
 */
export async function findS1Show(slot: { date: string; title: string; time: string }, now = new Date()) {
  if (!isValidDate(slot.date)) throw notFound("Date");
  const day = await getDaySchedule(slot.date, now);
  if (!day.films.length) throw notFound("Date");
  const title = slot.title.trim().toLowerCase();
  const films = day.films.filter((f) => f.film.title.trim().toLowerCase() === title);
  if (!films.length) throw notFound("Title");
  const time = normaliseTime(slot.time);
  for (const { film, shows } of films) {
    const show = shows.find((s) => s.time === time);
    if (show) return { showtimeId: show.id, title: film.title, startsAt: show.startsAt };
  }
  throw notFound("Time");
}
