import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { badRequest, forbidden, notFound } from "@/lib/http/errors";
import type { EventActor } from "@/lib/services/events/find-owned-event";
import { cancelRegistration } from "@/lib/services/registrations/cancel-registration";

const MAX_INT = 2_147_483_647;

/**
 * S0 "delete a billet": cancels a registration's ticket, by its integer id
 * or UUID. The holder, the event's organizer or an admin may; the place goes
 * to the waiting list (`cancelRegistration`). Bought tickets are refused
 * (money records stay; refunds go through the order), as are used ones.
 */
export async function deleteTicket(actor: EventActor, ref: string) {
  const value = ref.trim();
  const where = z.uuid().safeParse(value).success
    ? { id: value.toLowerCase() }
    : /^\d{1,10}$/.test(value) && Number(value) <= MAX_INT
      ? { legacyId: Number(value) }
      : null;
  const ticket = where
    ? await db.ticket.findUnique({
        where,
        select: { id: true, status: true, userId: true, orderId: true, eventId: true, event: { select: { organizerId: true } }, registration: { select: { userId: true, status: true } } },
      })
    : null;
  if (!ticket) throw notFound("Billet");
  const mayDelete = ticket.userId === actor.userId || actor.role === "ADMIN" || ticket.event.organizerId === actor.userId;
  if (!mayDelete) throw forbidden("You can only delete your own billets");
  if (ticket.orderId) throw badRequest("A bought ticket cannot be deleted: ask the organizer for a refund");
  if (ticket.status === "USED") throw badRequest("This billet has already been used");
  if (ticket.status !== "VALID" || !ticket.registration || ticket.registration.status === "CANCELLED") throw notFound("Billet");
  await cancelRegistration({ eventId: ticket.eventId, userId: ticket.registration.userId });
  return { id: ticket.id };
}
