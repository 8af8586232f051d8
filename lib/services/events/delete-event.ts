import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { badRequest, notFound } from "@/lib/http/errors";
import { deleteUpload } from "@/lib/services/uploads/delete-upload";
import { findOwnedEventOrThrow, ownedEventWhere, type EventActor } from "./find-owned-event";

/**
 * Deletes an event its organizer (or an admin) manages, with its
 * registrations, tickets and check-ins. An event with sold tickets or paid
 * orders is refused: money records must survive, so it is cancelled instead.
 */
export async function deleteEvent(actor: EventActor, eventId: string) {
  if (!z.uuid().safeParse(eventId).success) throw notFound("Event");
  await findOwnedEventOrThrow(actor, eventId, "Only event organizer can delete this event");
  const deleted = await db.$transaction(async (tx) => {
    const [sold, paid] = await Promise.all([
      tx.ticket.count({ where: { eventId, orderId: { not: null } } }),
      tx.order.count({ where: { eventId, status: { in: ["PAID", "REFUNDED"] } } }),
    ]);
    if (sold || paid) throw badRequest("This event has sold tickets: cancel it (Status: cancelled) instead of deleting it");
    const event = await tx.event.findFirst({ where: ownedEventWhere(actor, eventId), select: { id: true, imagePath: true } });
    if (!event) throw notFound("Event");
    await tx.event.delete({ where: { id: event.id } });
    return event;
  });
  if (deleted.imagePath) await deleteUpload(deleted.imagePath).catch(() => {});
  return { id: deleted.id };
}
