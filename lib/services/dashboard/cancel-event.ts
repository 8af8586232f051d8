import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { lockEvent } from "@/lib/services/registrations/lock-event";
import { afterCancellation, cancelSales } from "./cancel-sales";
import { findManagedEventOrThrow, type EventActor } from "./managed-event";

/**
 * Cancels an event the actor manages: its showtimes, every sale (refunds,
 * tickets, registrations; see `cancelSales`) and one e-mail per person, all
 * in one transaction under the event's lock. Sales close. Cancelling again
 * changes nothing and sends nothing (`changed: false`).
 */
export async function cancelEvent(actor: EventActor, eventId: string) {
  await findManagedEventOrThrow(actor, eventId);
  const result = await db.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) throw notFound("Event");
    if (event.status === "CANCELLED") return null;
    const sales = await cancelSales(tx, { eventId }, event);
    await tx.showtime.updateMany({ where: { eventId, status: "SCHEDULED" }, data: { status: "CANCELLED" } });
    await tx.event.update({ where: { id: eventId }, data: { status: "CANCELLED", ticketStatus: "CLOSED" } });
    return sales;
  });
  if (!result) return { changed: false as const, refundedOrders: 0, cancelledTickets: 0, notified: 0 };
  await afterCancellation(result);
  return { changed: true as const, ...result };
}
