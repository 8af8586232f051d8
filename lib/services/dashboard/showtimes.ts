import "server-only";
import { z } from "zod";
import { db, type DbTx } from "@/lib/db/client";
import { AppError, badRequest, notFound } from "@/lib/http/errors";
import { lockEvent } from "@/lib/services/registrations/lock-event";
import { showtimeFormSchema } from "@/lib/validation/dashboard";
import { afterCancellation, cancelSales } from "./cancel-sales";
import { findManagedEventOrThrow, wallClockToDate, type EventActor } from "./managed-event";

/** Auditoriums an actor may schedule in: their own and the shared ones (no organizer); an admin any. */
const usableAuditoriums = (actor: EventActor) => (actor.role === "ADMIN" ? {} : { OR: [{ organizerId: actor.userId }, { organizerId: null }] });

/** The auditoriums for the showtime form's select, with their seat categories and sellable seats. */
export async function listUsableAuditoriums(actor: EventActor) {
  const rooms = await db.auditorium.findMany({
    where: usableAuditoriums(actor),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      venue: true,
      organizerId: true,
      categories: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, color: true, defaultPriceMinor: true } },
      _count: { select: { seats: { where: { isDisabled: false } } } },
    },
  });
  return rooms.map(({ _count, ...room }) => ({ ...room, shared: room.organizerId === null, seatCount: _count.seats }));
}

export type UsableAuditorium = Awaited<ReturnType<typeof listUsableAuditoriums>>[number];

/** An event's showtimes, soonest first, with their prices and tickets sold. */
export async function listEventShowtimes(actor: EventActor, eventId: string) {
  const id = await findManagedEventOrThrow(actor, eventId);
  const showtimes = await db.showtime.findMany({
    where: { eventId: id },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      priceMinor: true,
      currency: true,
      capacity: true,
      status: true,
      auditorium: { select: { id: true, name: true } },
      prices: { select: { categoryId: true, priceMinor: true, category: { select: { name: true } } } },
      _count: { select: { tickets: { where: { status: { in: ["VALID", "USED"] } } }, seats: { where: { seat: { isDisabled: false } } } } },
    },
  });
  return showtimes.map(({ _count, ...s }) => ({ ...s, sold: _count.tickets, places: s.auditorium ? _count.seats : s.capacity }));
}

export type DashboardShowtime = Awaited<ReturnType<typeof listEventShowtimes>>[number];

/** Whether a showtime has anything sold or being bought; such a showtime keeps its auditorium. */
async function hasSales(tx: DbTx, showtimeId: string) {
  const [tickets, orders] = await Promise.all([
    tx.ticket.count({ where: { showtimeId, status: { in: ["VALID", "USED"] } } }),
    tx.order.count({ where: { showtimeId, status: { in: ["PAID", "PENDING"] } } }),
  ]);
  return tickets + orders > 0;
}

/**
 * Adds (no `showtimeId`) or changes a showtime of an event the actor manages.
 * A seated showtime gets one inventory row per seat of its auditorium, in the
 * same transaction (disabled seats too: every sale and count excludes them by
 * `seats.is_disabled`, as free-seat-condition.ts does), plus a price per seat
 * category; unlisted categories sell at the base price. Moving a showtime
 * with sales to another auditorium is refused.
 */
export async function saveShowtime(actor: EventActor, input: unknown, timeZone: string) {
  const values = showtimeFormSchema.parse(input);
  const eventId = await findManagedEventOrThrow(actor, values.eventId);
  const startsAt = wallClockToDate(values.startsAt, timeZone);
  const result = await db.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) throw notFound("Event");
    if (event.status === "CANCELLED") throw badRequest("This event is cancelled: its showtimes cannot change");
    const film = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { durationMinutes: true } });
    const endsAt = values.endsAt
      ? wallClockToDate(values.endsAt, timeZone)
      : film.durationMinutes
        ? new Date(startsAt.getTime() + film.durationMinutes * 60_000)
        : null;

    const room = values.auditoriumId
      ? await tx.auditorium.findFirst({ where: { id: values.auditoriumId, ...usableAuditoriums(actor) }, select: { id: true, categories: { select: { id: true } } } })
      : null;
    if (values.auditoriumId && !room) throw badRequest("Choose one of your auditoriums", { auditoriumId: ["Choose one of your auditoriums or a shared one"] });
    const unknown = Object.keys(values.categoryPrices).filter((id) => !room?.categories.some((c) => c.id === id));
    if (unknown.length) throw badRequest("A seat category does not belong to this auditorium", { auditoriumId: ["The prices do not match this auditorium's seat categories; choose it again"] });
    const prices = Object.entries(values.categoryPrices).map(([categoryId, priceMinor]) => ({ categoryId, priceMinor }));
    const columns = { startsAt, endsAt, priceMinor: values.price, currency: values.currency, capacity: room ? null : (values.capacity ?? null), auditoriumId: room?.id ?? null };

    if (!values.showtimeId) {
      const showtime = await tx.showtime.create({ data: { eventId, ...columns, prices: { create: prices } }, select: { id: true } });
      if (room) await createInventory(tx, showtime.id, room.id);
      return showtime;
    }

    const current = await tx.showtime.findFirst({ where: { id: values.showtimeId, eventId }, select: { id: true, status: true, auditoriumId: true } });
    if (!current) throw notFound("Showtime");
    if (current.status === "CANCELLED") throw badRequest("This showtime is cancelled and cannot be changed");
    if (current.auditoriumId !== columns.auditoriumId) {
      if (await hasSales(tx, current.id)) {
        const message = "Tickets have been sold for this showtime, so it must stay in its auditorium; cancel it and add a new one instead";
        throw badRequest(message, { auditoriumId: [message] });
      }
      await tx.showtimeSeat.deleteMany({ where: { showtimeId: current.id } });
      await tx.seatHold.updateMany({ where: { showtimeId: current.id, releasedAt: null }, data: { releasedAt: new Date() } });
      if (room) await createInventory(tx, current.id, room.id);
    }
    await tx.showtimePrice.deleteMany({ where: { showtimeId: current.id } });
    await tx.showtime.update({ where: { id: current.id }, data: { ...columns, prices: { create: prices } } });
    return { id: current.id };
  });
  return result;
}

async function createInventory(tx: DbTx, showtimeId: string, auditoriumId: string) {
  // A seat-map save locks the auditorium row FOR UPDATE: wait for it, so this showtime gets the seats it commits.
  await tx.$queryRaw`SELECT id FROM auditoriums WHERE id = ${auditoriumId}::uuid FOR SHARE`;
  const seats = await tx.seat.findMany({ where: { auditoriumId }, select: { id: true } });
  if (!seats.length) throw new AppError("BAD_REQUEST", "This auditorium has no seats yet", { fieldErrors: { auditoriumId: ["This auditorium has no seats yet: draw its seat map first"] } });
  await tx.showtimeSeat.createMany({ data: seats.map((s) => ({ showtimeId, seatId: s.id })) });
}

/** Cancels one showtime: its sales are refunded and its holders e-mailed as for a cancelled event. Twice changes nothing. */
export async function cancelShowtime(actor: EventActor, eventId: string, showtimeId: string) {
  const id = await findManagedEventOrThrow(actor, eventId);
  if (!z.uuid().safeParse(showtimeId).success) throw notFound("Showtime");
  const result = await db.$transaction(async (tx) => {
    const event = await lockEvent(tx, id);
    if (!event) throw notFound("Event");
    const showtime = await tx.showtime.findFirst({ where: { id: showtimeId, eventId: id }, select: { id: true, status: true, startsAt: true } });
    if (!showtime) throw notFound("Showtime");
    if (showtime.status === "CANCELLED") return null;
    const sales = await cancelSales(tx, { eventId: id, showtimeId }, { title: event.title, startsAt: showtime.startsAt });
    await tx.showtime.update({ where: { id: showtimeId }, data: { status: "CANCELLED" } });
    return sales;
  });
  if (!result) return { changed: false as const, refundedOrders: 0, cancelledTickets: 0, notified: 0 };
  await afterCancellation(result);
  return { changed: true as const, ...result };
}
