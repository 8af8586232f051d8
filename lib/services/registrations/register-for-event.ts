import "server-only";
import { z } from "zod";
import { db, type DbTx } from "@/lib/db/client";
import { badRequest, notFound } from "@/lib/http/errors";
import { isUniqueViolation } from "@/lib/services/booking/unique-violation";
import { signTicketToken } from "@/lib/services/tickets/ticket-token";
import { emailRegistrationTicket } from "./email-registration-ticket";
import { issueRegistrationTicket } from "./issue-registration-ticket";
import { lockEvent, type LockedEvent } from "./lock-event";

export type RegistrationOutcome = {
  status: "REGISTERED" | "WAITLISTED";
  registrationId: string;
  /** When the place (or waiting-list spot) was taken. */
  registeredAt: Date;
  /** Place on the waiting list (1 = next), null when registered. */
  position: number | null;
  /** The ticket and its signed QR token, null when waitlisted. */
  ticket: { id: string; code: string; token: string } | null;
  event: Pick<LockedEvent, "id" | "title" | "startsAt" | "venue">;
};

const ATTEMPTS = 4;

/**
 * Registers a user for a free general-admission event, or puts them on its
 * waiting list when it is full. One transaction locks the event row and
 * counts the REGISTERED rows, so concurrent registrations never overfill it.
 * A cancelled registration is reused (the user joins at the back).
 */
export async function registerForEvent({ eventId, userId }: { eventId: string; userId: string }, now = new Date()): Promise<RegistrationOutcome> {
  if (!z.uuid().safeParse(eventId).success) throw notFound("Event");
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await db.$transaction((tx) => registerLocked(tx, eventId, userId, now));
      if (outcome.ticket) {
        await emailRegistrationTicket(outcome.ticket.id).catch((error) => console.warn("[registrations] could not e-mail the ticket:", error));
      }
      return outcome;
    } catch (error) {
      if (attempt < ATTEMPTS && isUniqueViolation(error, "code")) continue;
      throw error;
    }
  }
}

/** Why an event takes no registrations, or null when it does. */
export function registrationRefusal(event: LockedEvent, now: Date): string | null {
  if (event.kind === "FILM") return "Tickets for this event are sold per showtime";
  if (event.status === "CANCELLED") return "This event has been cancelled";
  if (event.status === "COMPLETED" || event.startsAt <= now) return "This event has already taken place";
  if (event.ticketStatus === "CLOSED") return "Registration for this event is closed";
  if (event.priceMinor > 0) return "This event needs a ticket purchase";
  return null;
}

async function registerLocked(tx: DbTx, eventId: string, userId: string, now: Date): Promise<RegistrationOutcome> {
  const event = await lockEvent(tx, eventId);
  if (!event || !event.publishedAt) throw notFound("Event");
  const refusal = registrationRefusal(event, now);
  if (refusal) throw badRequest(refusal);

  const existing = await tx.registration.findUnique({ where: { eventId_userId: { eventId, userId } }, select: { id: true, status: true } });
  if (existing && existing.status !== "CANCELLED") throw badRequest("Already registered");

  const registered = await tx.registration.count({ where: { eventId, status: "REGISTERED" } });
  const full = event.ticketStatus === "SOLD_OUT" || (event.capacity !== null && registered >= event.capacity);
  const status = full ? ("WAITLISTED" as const) : ("REGISTERED" as const);
  // createdAt is set here, after the lock, so the waiting list follows the order places were asked for.
  const data = { status, createdAt: new Date(), cancelledAt: null, attendedAt: null };
  const registration = existing
    ? await tx.registration.update({ where: { id: existing.id }, data, select: { id: true, createdAt: true } })
    : await tx.registration.create({ data: { ...data, eventId, userId }, select: { id: true, createdAt: true } });

  const summary = { id: event.id, title: event.title, startsAt: event.startsAt, venue: event.venue };
  if (full) {
    const position = await tx.registration.count({ where: { eventId, status: "WAITLISTED", createdAt: { lte: registration.createdAt } } });
    return { status, registrationId: registration.id, registeredAt: registration.createdAt, position, ticket: null, event: summary };
  }
  const ticket = await issueRegistrationTicket(tx, { id: registration.id, eventId, userId });
  return { status, registrationId: registration.id, registeredAt: registration.createdAt, position: null, ticket: { ...ticket, token: signTicketToken(ticket) }, event: summary };
}
