import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { registerForEvent } from "@/lib/services/registrations/register-for-event";
import { buyGeneralAdmission, reserveGeneralAdmission } from "./buy-general-admission";

/**
 * A general-admission place for the caller, free or paid (S2 `POST
 * /tickets`): a free event registers at once (or puts them on the waiting
 * list when full); a paid one is bought with `paymentMethod`, or without one
 * reserved for `HOLD_MINUTES` (PAYMENT_REQUIRED) until paid. Whether it is
 * free is decided again under the event lock by the service that takes it.
 */
export async function takeEventPlace(input: { eventId: string; userId: string; paymentMethod?: string }) {
  if (!z.uuid().safeParse(input.eventId).success) throw notFound("Event");
  const event = await db.event.findFirst({ where: { id: input.eventId, publishedAt: { not: null } }, select: { priceMinor: true } });
  if (!event) throw notFound("Event");
  if (event.priceMinor === 0) {
    const outcome = await registerForEvent({ eventId: input.eventId, userId: input.userId });
    return { status: outcome.status, position: outcome.position, ticket: outcome.ticket && { ...outcome.ticket, seatLabel: null, status: "VALID" as const }, event: outcome.event, payment: null };
  }
  if (!input.paymentMethod) {
    // S2 pays in a second call (`POST /payment`): the place is reserved meanwhile.
    const { order, event: summary } = await reserveGeneralAdmission(input);
    return { status: "PAYMENT_REQUIRED" as const, position: null, ticket: null, event: summary, payment: { orderId: order.id, reference: null, amountMinor: order.totalMinor, currency: order.currency, expiresAt: order.expiresAt } };
  }
  const bought = await buyGeneralAdmission({ eventId: input.eventId, userId: input.userId, paymentMethod: input.paymentMethod });
  return {
    status: "REGISTERED" as const,
    position: null,
    ticket: bought.tickets[0] ?? null,
    event: bought.event,
    payment: { orderId: bought.orderId, reference: bought.reference, amountMinor: bought.amountMinor, currency: bought.currency, expiresAt: null },
  };
}
