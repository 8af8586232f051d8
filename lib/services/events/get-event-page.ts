import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { eventPageFields } from "./event-fields";
import { countFreeSeats } from "@/lib/services/schedule/count-free-seats";
import { dateIn, timeIn } from "@/lib/time";

/**
 * A published event with what its public page shows: details, places left
 * for general admission, and for films the upcoming shows grouped by day
 * (in `timeZone`) with their free seats counted from the inventory rows.
 */
export async function getEventPage(eventId: string, timeZone: string, now = new Date()) {
  if (!z.uuid().safeParse(eventId).success) throw notFound("Event");
  const event = await db.event.findFirst({
    where: { id: eventId, publishedAt: { not: null } },
    select: {
      ...eventPageFields,
      _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
    },
  });
  if (!event) throw notFound("Event");

  const showtimes =
    event.kind === "FILM"
      ? await db.showtime.findMany({
          where: { eventId: event.id, status: "SCHEDULED", startsAt: { gt: now } },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          select: { id: true, startsAt: true, priceMinor: true, currency: true, auditorium: { select: { name: true } } },
        })
      : [];
  const freeById = await countFreeSeats(showtimes.map((s) => s.id), now);

  const days: { date: string; shows: { id: string; time: string; startsAt: Date; hall: string | null; priceMinor: number; currency: string; freeSeats: number }[] }[] = [];
  for (const s of showtimes) {
    const date = dateIn(s.startsAt, timeZone);
    let day = days.at(-1);
    if (day?.date !== date) days.push((day = { date, shows: [] }));
    day.shows.push({ id: s.id, time: timeIn(s.startsAt, timeZone), startsAt: s.startsAt, hall: s.auditorium?.name ?? null, priceMinor: s.priceMinor, currency: s.currency, freeSeats: freeById.get(s.id) ?? 0 });
  }

  const { _count, ...details } = event;
  const placesLeft = event.capacity === null ? null : Math.max(event.capacity - _count.registrations, 0);
  const fromPriceMinor = showtimes.length ? Math.min(...showtimes.map((s) => s.priceMinor)) : event.priceMinor;
  return { ...details, placesLeft, fromPriceMinor, days };
}

export type EventPage = Awaited<ReturnType<typeof getEventPage>>;
