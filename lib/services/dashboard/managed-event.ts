import "server-only";
import { z } from "zod";
import { db, type DbTx } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/http/errors";
import { ownedEventWhere, type EventActor } from "@/lib/services/events/find-owned-event";
import { zonedDateTime } from "@/lib/time";

export type { EventActor };

/** Organizers and admins manage events; everyone else is refused before any lookup. */
export function assertCanManageEvents(actor: EventActor) {
  if (actor.role !== "ORGANIZER" && actor.role !== "ADMIN") throw forbidden("Only organizers and admins can manage events");
}

/**
 * The id of an event the actor manages (their own; any for an admin). Unlike
 * the API's `findOwnedEventOrThrow`, another organizer's event answers 404
 * exactly like a missing one, so the dashboard never confirms it exists.
 */
export async function findManagedEventOrThrow(actor: EventActor, eventId: string, tx: DbTx = db) {
  assertCanManageEvents(actor);
  if (!z.uuid().safeParse(eventId).success) throw notFound("Event");
  const event = await tx.event.findFirst({ where: ownedEventWhere(actor, eventId), select: { id: true } });
  if (!event) throw notFound("Event");
  return event.id;
}

/** "2026-05-01T19:30" on the venue's wall clock → the instant. */
export function wallClockToDate(value: string, timeZone: string): Date {
  const [date, time] = value.split("T");
  return zonedDateTime(date, time, timeZone);
}
