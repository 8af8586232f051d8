import "server-only";
import { db } from "@/lib/db/client";
import { badRequest } from "@/lib/http/errors";
import { deleteEvent } from "@/lib/services/events/delete-event";
import { findManagedEventOrThrow, type EventActor } from "./managed-event";

export const DELETE_REFUSED = "This event has sales, so it cannot be deleted: cancel it instead, which refunds and informs the ticket holders.";

/** Deletes a draft or an event without sales (`deleteEvent` re-checks under its transaction); 404 for foreign events. */
export async function deleteDashboardEvent(actor: EventActor, eventId: string) {
  await findManagedEventOrThrow(actor, eventId);
  const [sold, paid] = await Promise.all([
    db.ticket.count({ where: { eventId, orderId: { not: null } } }),
    db.order.count({ where: { eventId, status: { in: ["PAID", "REFUNDED"] } } }),
  ]);
  if (sold || paid) throw badRequest(DELETE_REFUSED);
  return deleteEvent(actor, eventId);
}
