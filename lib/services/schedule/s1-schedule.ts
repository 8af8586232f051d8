import "server-only";
import { sql } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { notFound } from "@/lib/http/errors";
import { addDays, dateIn, isValidDate, timeIn, zonedDayRange } from "@/lib/time";
import { s1ShowsFrom } from "./find-s1-show";
import { freeSeatSql } from "./free-seat-condition";

/** How many days `fullSchedule` covers, from today in APP_TIMEZONE. */
export const FULL_SCHEDULE_DAYS = 14;

/**
 * S1's `getDay`: the films of one day, each with its shows (time "HH:mm" in
 * APP_TIMEZONE) and the labels of the seats still free (API-CONTRACT rule 11).
 * A malformed date, or a day without shows, is S1's 404 "Date not found".
 */
export async function getS1Day(date: string, now = new Date()) {
  if (!isValidDate(date)) throw notFound("Date");
  const { start, end } = zonedDayRange(date, env().APP_TIMEZONE);
  const day = byDay(await readShows(start, end, now)).get(date);
  if (!day) throw notFound("Date");
  return day;
}

/** S1's `fullSchedule`: every day from today (FULL_SCHEDULE_DAYS days) that has shows. */
export async function getS1FullSchedule(now = new Date(), days = FULL_SCHEDULE_DAYS) {
  const tz = env().APP_TIMEZONE;
  const today = dateIn(now, tz);
  const shows = await readShows(zonedDayRange(today, tz).start, zonedDayRange(addDays(today, days - 1), tz).end, now);
  return [...byDay(shows)].map(([date, day]) => ({ date, day }));
}

type ShowRow = {
  id: string;
  starts_at: Date;
  price_minor: number;
  currency: string;
  auditorium: string | null;
  event_id: string;
  title: string;
  description: string;
  duration_minutes: number | null;
  rating: string | null;
  genres: string[];
  image_path: string | null;
  free: string[];
};

/**
 * The shows starting in [start, end) with their films and the labels of
 * their free seats in seat-map order (row, then column), in one statement: a
 * schedule is recomputed after every sale of an on-sale rush. A seat is free
 * when AVAILABLE, or HELD with a hold that has run out; disabled seats never
 * are.
 */
function readShows(start: Date, end: Date, now: Date) {
  return sql<ShowRow>(
    `SELECT st.id, st.starts_at, st.price_minor, st.currency, a.name AS auditorium,
            e.id AS event_id, e.title, e.description, e.duration_minutes, e.rating, e.genres, e.image_path,
            COALESCE((SELECT array_agg(s.label ORDER BY s.grid_row, s.grid_column)
                        FROM showtime_seats ss JOIN seats s ON s.id = ss.seat_id
                       WHERE ss.showtime_id = st.id AND ${freeSeatSql("$3")}), '{}') AS free
       ${s1ShowsFrom("$1", "$2", "LEFT JOIN auditoriums a ON a.id = st.auditorium_id")}
      ORDER BY st.starts_at, st.id`,
    [start, end, now],
  );
}

type S1Film = ReturnType<typeof toFilm>;

/** The shows grouped by day (APP_TIMEZONE), each day's films in the order of their first show. */
function byDay(shows: ShowRow[]): Map<string, S1Film[]> {
  const tz = env().APP_TIMEZONE;
  const days = new Map<string, Map<string, S1Film>>();
  for (const show of shows) {
    const date = dateIn(show.starts_at, tz);
    const films = days.get(date) ?? new Map<string, S1Film>();
    days.set(date, films);
    const film = films.get(show.event_id) ?? toFilm(show);
    films.set(show.event_id, film);
    film.shows.push({
      time: timeIn(show.starts_at, tz),
      id: show.id,
      startsAt: show.starts_at.toISOString(),
      auditorium: show.auditorium,
      price: show.price_minor / 100,
      currency: show.currency,
      freeSeats: show.free,
    });
  }
  return new Map([...days].map(([date, films]) => [date, [...films.values()]]));
}

function toFilm(show: ShowRow) {
  return {
    id: show.event_id,
    title: show.title,
    description: show.description,
    durationMinutes: show.duration_minutes,
    rating: show.rating,
    genres: show.genres,
    imagePath: show.image_path,
    shows: [] as { time: string; id: string; startsAt: string; auditorium: string | null; price: number; currency: string; freeSeats: string[] }[],
  };
}
