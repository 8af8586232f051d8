import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { addDays, todayIn, zonedDateTime } from "@/lib/time";
import { createAuditorium } from "@/lib/services/seating/create-auditorium";
import { gridSeatMap } from "@/lib/services/seating/grid-seat-map";
import { createEvent } from "@/lib/services/events/create-event";
import { createShowtime } from "@/lib/services/events/create-showtime";
import { createUser } from "@/lib/services/users/create-user";

// The demo data of API-CONTRACT rule 9: four accounts, two seated halls,
// films showing every day for 14 days, and conference-style events.

export const DEMO_ACCOUNTS = [
  { username: "admin", email: "admin@example.com", role: "ADMIN", firstName: "Ada", lastName: "Admin" },
  { username: "organizer", email: "organizer@example.com", role: "ORGANIZER", firstName: "Olga", lastName: "Organizer" },
  { username: "staff", email: "staff@example.com", role: "STAFF", firstName: "Sam", lastName: "Staff" },
  { username: "user", email: "user@example.com", role: "USER", firstName: "Uma", lastName: "User" },
] as const;

const FILMS = [
  { title: "The Avengers", durationMinutes: 143, rating: "PG-13", genres: ["Action", "Sci-Fi"], times: ["14:00", "17:30", "20:45"], hall: 0,
    description: "Earth's mightiest heroes must come together to stop Loki and his alien army from enslaving humanity." },
  { title: "Metropolis", durationMinutes: 153, rating: "PG", genres: ["Drama", "Sci-Fi"], times: ["16:00"], hall: 1,
    description: "In a futuristic city sharply divided between the working class and the city planners, the son of the city's mastermind falls in love with a working-class prophet." },
  { title: "Night of the Living Dead", durationMinutes: 96, rating: "R", genres: ["Horror"], times: ["22:15"], hall: 1,
    description: "A ragtag group barricade themselves in an old Pennsylvania farmhouse to remain safe from a horde of flesh-eating ghouls." },
  { title: "The General", durationMinutes: 78, rating: "G", genres: ["Comedy", "Adventure"], times: ["11:00", "19:00"], hall: 1,
    description: "After being rejected by the Confederate military, not realizing it was due to his crucial civilian role, an engineer must single-handedly recapture his beloved locomotive." },
  { title: "Sintel", durationMinutes: 15, rating: "PG", genres: ["Animation", "Fantasy"], times: ["12:30"], hall: 0,
    description: "A lonely young woman, Sintel, helps and befriends a dragon, whom she calls Scales. But when he is kidnapped by an adult dragon, she sets out on a dangerous quest." },
] as const;

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/** Loads the demo data; does nothing when the demo admin already exists. */
export async function seedDemoData(options: { password?: string; days?: number; now?: Date } = {}) {
  const password = options.password ?? env().SEED_PASSWORD;
  if (await db.user.findUnique({ where: { username: "admin" }, select: { id: true } })) {
    return { seeded: false as const };
  }
  const users = {} as Record<(typeof DEMO_ACCOUNTS)[number]["username"], string>;
  for (const account of DEMO_ACCOUNTS) {
    const user = await createUser({ ...account, password, emailConfirmed: true });
    users[account.username] = user.id;
  }

  const categories = [
    { name: "Standard", color: "#6366f1", rows: ["A", "B", "C", "D", "E", "F", "G"], defaultPriceMinor: 1200 },
    { name: "Premium", color: "#f59e0b", rows: ["H", "I", "J"], defaultPriceMinor: 1600 },
  ];
  const rows = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];
  const halls = [
    await createAuditorium(
      { name: "Hall 1", venue: "Tessera Cinema", seatMap: gridSeatMap({ rowLabels: rows, seatsPerRow: 12, aislesAfter: [2, 10], categories, accessible: ["A1", "A2", "A11", "A12"] }) },
      users.organizer,
    ),
    await createAuditorium(
      { name: "Hall 2", venue: "Tessera Cinema", seatMap: gridSeatMap({ rowLabels: rows, seatsPerRow: 12, aislesAfter: [6], categories, accessible: ["A1", "A12"], disabled: ["E6", "E7"] }) },
      users.organizer,
    ),
  ];

  const tz = env().APP_TIMEZONE;
  const today = todayIn(tz, options.now);
  const days = options.days ?? 14;
  let showtimes = 0;
  for (const film of FILMS) {
    const event = await createEvent(
      {
        title: film.title,
        description: film.description,
        kind: "FILM",
        venue: "Tessera Cinema",
        startsAt: zonedDateTime(today, film.times[0], tz),
        endsAt: zonedDateTime(addDays(today, days - 1), "23:59", tz),
        durationMinutes: film.durationMinutes,
        rating: film.rating,
        genres: [...film.genres],
        priceMinor: 1200,
      },
      users.organizer,
    );
    for (let day = 0; day < days; day++) {
      for (const time of film.times) {
        await createShowtime({
          eventId: event.id,
          auditoriumId: halls[film.hall].id,
          startsAt: zonedDateTime(addDays(today, day), time, tz),
          priceMinor: 1200,
          categoryPrices: { Standard: 1200, Premium: 1600 },
        });
        showtimes++;
      }
    }
  }

  const conferences = [
    {
      title: "Open Source Ticketing Summit",
      description: "A day of talks on building fair, fast and accessible ticketing: queueing, seat maps, payments and the door.",
      venue: "Convention Center Hall A",
      day: 7, start: "09:00", end: "17:30", capacity: 200, priceMinor: 0,
      speakers: ["Grace Hopper", "Linus Torvalds"], prize: "Certificates and goodies", subEvents: ["Workshop: seat maps", "Panel: payments"],
    },
    {
      title: "TypeScript Conf Europe",
      description: "Two tracks on TypeScript in production: type-level programming, tooling, performance and migrations.",
      venue: "Riverside Congress Centre",
      day: 10, start: "09:30", end: "18:00", capacity: 150, priceMinor: 4900,
      speakers: ["Anders Hejlsberg"], prize: undefined, subEvents: ["Keynote", "Lightning talks"],
    },
    {
      title: "Accessibility Workshop",
      description: "A hands-on afternoon: screen readers, keyboard flows and colour contrast. Small group, waiting list when full.",
      venue: "Tessera Studio",
      day: 3, start: "14:00", end: "17:00", capacity: 3, priceMinor: 0,
      speakers: ["Haben Girma"], prize: undefined, subEvents: [],
    },
  ];
  for (const c of conferences) {
    await createEvent(
      {
        title: c.title,
        description: c.description,
        kind: "CONFERENCE",
        venue: c.venue,
        startsAt: zonedDateTime(addDays(today, c.day), c.start, tz),
        endsAt: zonedDateTime(addDays(today, c.day), c.end, tz),
        capacity: c.capacity,
        priceMinor: c.priceMinor,
        speakers: c.speakers,
        prize: c.prize,
        subEvents: c.subEvents,
      },
      users.organizer,
    );
  }
  return { seeded: true as const, users: Object.keys(users).length, films: FILMS.length, showtimes, events: conferences.length };
}
