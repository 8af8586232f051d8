import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { badRequest } from "@/lib/http/errors";
import { isValidDate, timeIn, zonedDayRange } from "@/lib/time";
import { countFreeSeats } from "./count-free-seats";

/**
 * The films showing on one calendar day (in APP_TIMEZONE), each with its
 * shows in time order and how many seats are still free. A seat is free when
 * it is AVAILABLE, or HELD with an expired hold.
 */
export async function getDaySchedule(date: string, now = new Date()) {
  if (!isValidDate(date)) throw badRequest("Date must be a calendar date written YYYY-MM-DD");
  const tz = env().APP_TIMEZONE;
  const { start, end } = zonedDayRange(date, tz);
  const showtimes = await db.showtime.findMany({
    where: {
      status: "SCHEDULED",
      startsAt: { gte: start, lt: end },
      event: { kind: "FILM", publishedAt: { not: null }, status: { not: "CANCELLED" } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      priceMinor: true,
      currency: true,
      capacity: true,
      auditorium: { select: { name: true } },
      event: { select: { id: true, title: true, description: true, durationMinutes: true, rating: true, genres: true, imagePath: true } },
    },
  });
  const freeById = await countFreeSeats(showtimes.map((s) => s.id), now);

  const films = new Map<string, { film: (typeof showtimes)[number]["event"]; shows: ScheduleShow[] }>();
  for (const s of showtimes) {
    const entry = films.get(s.event.id) ?? { film: s.event, shows: [] };
    entry.shows.push({
      id: s.id,
      time: timeIn(s.startsAt, tz),
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      auditorium: s.auditorium?.name ?? null,
      priceMinor: s.priceMinor,
      currency: s.currency,
      freeSeats: freeById.get(s.id) ?? 0,
    });
    films.set(s.event.id, entry);
  }
  return { date, timeZone: tz, films: [...films.values()] };
}

export type ScheduleShow = {
  id: string;
  time: string;
  startsAt: Date;
  endsAt: Date | null;
  auditorium: string | null;
  priceMinor: number;
  currency: string;
  freeSeats: number;
};
