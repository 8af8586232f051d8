import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { badRequest, forbidden, notFound } from "@/lib/http/errors";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { lockEvent } from "@/lib/services/registrations/lock-event";
import { promoteWaitlisted } from "@/lib/services/registrations/promote-waitlisted";
import type { EventChanges } from "@/lib/validation/api-s4-events";
import { ownedEventWhere, type EventActor } from "./find-owned-event";

/**
 * Changes an event its organizer (or an admin) manages. The event row is
 * locked so a capacity change and registrations do not race: capacity cannot
 * drop below the places already given, and a larger capacity (or sales
 * reopened) lets the waiting list in at once, e-mailing those promoted.
 */
export async function updateEvent(actor: EventActor, eventId: string, changes: EventChanges) {
  if (!z.uuid().safeParse(eventId).success) throw notFound("Event");
  const data = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as EventChanges;
  const { event, outboxIds } = await db.$transaction(async (tx) => {
    const locked = await lockEvent(tx, eventId);
    if (!locked) throw notFound("Event");
    const owned = await tx.event.findFirst({ where: ownedEventWhere(actor, eventId), select: { startsAt: true, endsAt: true } });
    if (!owned) throw forbidden("Only event organizer can update this event");
    const endsAt = data.endsAt === undefined ? owned.endsAt : data.endsAt;
    if ((data.startsAt || data.endsAt) && endsAt && endsAt < (data.startsAt ?? owned.startsAt)) {
      const field = data.endsAt ? "end_time" : "date";
      throw badRequest(`${field}: the event would start after it ends`, { [field]: ["The event would start after it ends"] });
    }
    if (data.capacity != null) {
      const registered = await tx.registration.count({ where: { eventId, status: "REGISTERED" } });
      if (data.capacity < registered) {
        const message = `maxParticipants cannot be lower than the ${registered} participants already registered`;
        throw badRequest(message, { maxParticipants: [message] });
      }
    }
    const event = await tx.event.update({ where: { id: eventId }, data, select: { id: true } });
    const promotion = await promoteWaitlisted(tx, { ...locked, ...pick(data) });
    return { event, outboxIds: promotion.outboxIds };
  });
  if (outboxIds.length) await deliverOutbox({ ids: outboxIds }).catch((error) => console.warn("[events] e-mail delivery deferred:", error));
  return event;
}

/** The changed fields the waiting list depends on. */
function pick(data: EventChanges) {
  const out: Partial<{ capacity: number | null; status: NonNullable<EventChanges["status"]>; ticketStatus: NonNullable<EventChanges["ticketStatus"]>; startsAt: Date }> = {};
  if (data.capacity !== undefined) out.capacity = data.capacity;
  if (data.status) out.status = data.status;
  if (data.ticketStatus) out.ticketStatus = data.ticketStatus;
  if (data.startsAt) out.startsAt = data.startsAt;
  return out;
}
