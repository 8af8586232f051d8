import "server-only";
import { z } from "zod";
import { db, type DbTx } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden, notFound } from "@/lib/http/errors";

export type EventActor = { userId: string; role: Role };

/** The `where` that limits an event to the ones an actor manages: their own, or any for an admin. */
export const ownedEventWhere = (actor: EventActor, eventId: string) =>
  actor.role === "ADMIN" ? { id: eventId } : { id: eventId, organizerId: actor.userId };

/**
 * The id of an event the actor manages. Another organizer's event answers
 * 403 (`forbiddenMessage`) and reveals nothing else; an unknown or malformed id 404.
 */
export async function findOwnedEventOrThrow(actor: EventActor, eventId: string, forbiddenMessage: string, tx: DbTx = db) {
  if (!z.uuid().safeParse(eventId).success) throw notFound("Event");
  const owned = await tx.event.findFirst({ where: ownedEventWhere(actor, eventId), select: { id: true } });
  if (owned) return owned.id;
  const exists = await tx.event.count({ where: { id: eventId } });
  throw exists ? forbidden(forbiddenMessage) : notFound("Event");
}
