import "server-only";
import { db } from "@/lib/db/client";
import { eventPageFields } from "@/lib/services/events/event-fields";
import { findManagedEventOrThrow, type EventActor } from "./managed-event";

/** Everything the edit form and the event's dashboard header show, for an event the actor manages (404 otherwise). */
export async function getDashboardEvent(actor: EventActor, eventId: string) {
  const id = await findManagedEventOrThrow(actor, eventId);
  const event = await db.event.findUniqueOrThrow({
    where: { id },
    select: { ...eventPageFields, imagePath: true, publishedAt: true, organizerId: true },
  });
  const [soldTickets, paidOrders] = await Promise.all([
    db.ticket.count({ where: { eventId: id, orderId: { not: null } } }),
    db.order.count({ where: { eventId: id, status: { in: ["PAID", "REFUNDED"] } } }),
  ]);
  // The rule deleteEvent applies: money records must survive, so such events are cancelled instead.
  return { ...event, hasSales: soldTickets > 0 || paidOrders > 0 };
}

export type DashboardEvent = Awaited<ReturnType<typeof getDashboardEvent>>;
