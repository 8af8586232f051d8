import "server-only";
import { z } from "zod";
import { db, type DbTx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { badRequest, conflict, notFound } from "@/lib/http/errors";
import { lockEvent } from "@/lib/services/registrations/lock-event";
import { generateShortCode } from "@/lib/services/tickets/generate-short-code";
import { countGeneralAdmissionTaken } from "./general-admission-places";
import { payOrder } from "./pay-order";
import { isUniqueViolation } from "./unique-violation";

export type BuyGeneralAdmissionInput = {
  eventId: string;
  userId: string;
  /** A Stripe payment method or token (`tok_visa`, `pm_card_visa`). */
  paymentMethod?: string;
  /** What the buyer agreed to pay, in minor units; refused (400) when it is not the price. */
  expectedAmountMinor?: number;
};

/**
 * Buys one place at a paid general-admission event: a PENDING order with one
 * GENERAL_ADMISSION item reserves the place (counted under the event row
 * lock the registrations use, so places are never oversold), `payOrder`
 * charges the card and fulfilment turns it into a registration and a ticket.
 * A declined card or any other failure cancels the order, freeing the place.
 */
export async function buyGeneralAdmission(input: BuyGeneralAdmissionInput) {
  return payReservation(await reserveGeneralAdmission(input), input.userId, input.paymentMethod);
}

/**
 * Reserves a place at a paid event for `HOLD_MINUTES` without charging (S2:
 * `POST /tickets` first, `POST /payment` after). A buyer's live reservation
 * is returned again rather than taking a second place.
 */
export async function reserveGeneralAdmission(input: BuyGeneralAdmissionInput) {
  if (!z.uuid().safeParse(input.eventId).success) throw notFound("Event");
  return reservePlace(input);
}

/**
 * Pays the caller's live reservation (S2 `POST /payment` without an event):
 * `orderId` if given, else their newest one; `expectedAmountMinor` must be
 * its price. Nothing to pay is 400, and nothing is charged.
 */
export async function payGeneralAdmissionReservation(input: { userId: string; paymentMethod: string; expectedAmountMinor: number; orderId?: string }) {
  if (input.orderId !== undefined && !z.uuid().safeParse(input.orderId).success) throw notFound("Order");
  const order = await db.order.findFirst({
    where: { userId: input.userId, status: "PENDING", expiresAt: { gt: new Date() }, showtimeId: null, items: { some: { kind: "GENERAL_ADMISSION" } }, ...(input.orderId ? { id: input.orderId } : {}) },
    orderBy: { createdAt: "desc" },
    select: { ...reservationSelect, event: { select: { id: true, title: true, startsAt: true, venue: true } } },
  });
  if (!order?.event) throw badRequest("Nothing to pay: send the eventId of a paid event, or reserve a place with POST /tickets first", { eventId: ["Required when no place is reserved"] });
  if (order.totalMinor !== input.expectedAmountMinor) {
    const message = `amount must be the ticket price, ${order.totalMinor} (minor units)`;
    throw badRequest(message, { amount: [message] });
  }
  return payReservation({ order, event: order.event }, input.userId, input.paymentMethod);
}

type Reservation = Awaited<ReturnType<typeof reservePlace>>;

async function payReservation({ order, event }: Reservation, userId: string, paymentMethod: string | undefined) {
  try {
    const result = await payOrder({ orderId: order.id, userId, paymentMethod });
    return { ...result, amountMinor: order.totalMinor, currency: order.currency, event };
  } catch (error) {
    await db.order.updateMany({ where: { id: order.id, status: "PENDING" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    throw error;
  }
}

const reservationSelect = { id: true, totalMinor: true, currency: true, expiresAt: true } as const;

async function reservePlace(input: BuyGeneralAdmissionInput) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => reserveLocked(tx, input, new Date()));
    } catch (error) {
      if (attempt < 4 && isUniqueViolation(error, "reference")) continue;
      throw error;
    }
  }
}

async function reserveLocked(tx: DbTx, input: BuyGeneralAdmissionInput, now: Date) {
  const event = await lockEvent(tx, input.eventId);
  if (!event || !event.publishedAt) throw notFound("Event");
  if (event.kind === "FILM") throw badRequest("Tickets for this event are sold per showtime");
  if (event.status === "CANCELLED") throw badRequest("This event has been cancelled");
  if (event.status === "COMPLETED" || event.startsAt <= now) throw badRequest("This event has already taken place");
  if (event.ticketStatus === "CLOSED") throw badRequest("Ticket sales for this event are closed");
  if (event.priceMinor === 0) throw badRequest("This event is free: register for it instead of paying");
  if (input.expectedAmountMinor !== undefined && input.expectedAmountMinor !== event.priceMinor) {
    const message = `amount must be the ticket price, ${event.priceMinor} (minor units)`;
    throw badRequest(message, { amount: [message] });
  }

  const mine = await tx.registration.findUnique({ where: { eventId_userId: { eventId: event.id, userId: input.userId } }, select: { status: true } });
  if (mine && mine.status !== "CANCELLED") throw badRequest("Already registered");
  const details = await tx.event.findUniqueOrThrow({ where: { id: event.id }, select: { currency: true } });
  // A retried purchase reuses the buyer's live reservation instead of taking a second place.
  const pending = await tx.order.findFirst({
    where: { userId: input.userId, eventId: event.id, showtimeId: null, status: "PENDING", expiresAt: { gt: now } },
    select: reservationSelect,
  });
  const summary = { id: event.id, title: event.title, startsAt: event.startsAt, venue: event.venue };
  if (pending) return { order: pending, event: summary };

  const taken = await countGeneralAdmissionTaken(tx, event.id, now);
  if (event.ticketStatus === "SOLD_OUT" || (event.capacity !== null && taken >= event.capacity)) throw conflict("This event is sold out");
  const order = await tx.order.create({
    data: {
      reference: generateShortCode(8),
      userId: input.userId,
      eventId: event.id,
      status: "PENDING",
      totalMinor: event.priceMinor,
      currency: details.currency,
      expiresAt: new Date(now.getTime() + env().HOLD_MINUTES * 60_000),
      items: { create: [{ kind: "GENERAL_ADMISSION", eventId: event.id, description: `Admission: ${event.title}`.slice(0, 200), unitPriceMinor: event.priceMinor }] },
    },
    select: reservationSelect,
  });
  return { order, event: summary };
}
