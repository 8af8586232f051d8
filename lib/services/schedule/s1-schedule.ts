import "server-only";
import { env } from "@/lib/env";
import { notFound } from "@/lib/http/errors";
import { addDays, dateIn, isValidDate } from "@/lib/time";
import { getDaySchedule } from "./get-day-schedule";
import { listFreeSeatLabels } from "./list-free-seat-labels";

type DaySchedule = Awaited<ReturnType<typeof getDaySchedule>>;

/** How many days `fullSchedule` covers, from today in APP_TIMEZONE. */
export const FULL_SCHEDULE_DAYS = 14;

/**
 * S1's `getDay`: the films of one day, each with its shows (time "HH:mm" in
 * APP_TIMEZONE) and the labels of the seats still free (API-CONTRACT rule 11).
 * A malformed date, or a day without shows, is S1's 404 "Date not found".
 */
export async function getS1Day(date: string, now = new Date()) {
  if (!isValidDate(date)) throw notFound("Date");
  const day = await getDaySchedule(date, now);
  if (!day.films.length) throw notFound("Date");
  return toS1Day(day, await listFreeSeatLabels(showtimeIds([day]), now));
}

/** S1's `fullSchedule`: every day from today (FULL_SCHEDULE_DAYS days) that has shows. */
export async function getS1FullSchedule(now = new Date(), days = FULL_SCHEDULE_DAYS) {
  const today = dateIn(now, env().APP_TIMEZONE);
  const schedules: DaySchedule[] = [];
  for (let i = 0; i < days; i++) {
    const day = await getDaySchedule(addDays(today, i), now);
    if (day.films.length) schedules.push(day);
  }
  const free = await listFreeSeatLabels(showtimeIds(schedules), now);
  return schedules.map((day) => ({ date: day.date, day: toS1Day(day, free) }));
}

const showtimeIds = (days: DaySchedule[]) => days.flatMap((d) => d.films.flatMap((f) => f.shows.map((s) => s.id)));

function toS1Day(day: DaySchedule, free: Map<string, string[]>) {
  return day.films.map(({ film, shows }) => ({
    id: film.id,
    title: film.title,
    description: film.description,
    durationMinutes: film.durationMinutes,
    rating: film.rating,
    genres: film.genres,
    imagePath: film.imagePath,
    shows: shows.map((s) => ({
      time: s.time,
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      auditorium: s.auditorium,
      price: s.priceMinor / 100,
      currency: s.currency,
      freeSeats: free.get(s.id) ?? [],
    })),
  }));
}
