import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { findOwnedEventOrThrow, type EventActor } from "@/lib/services/events/find-owned-event";
import { registerForEvent } from "./register-for-event";

/**
 * Registers `userId` for an event on someone's request (S0 `/event/add`, S3
 * `register` with a `user_id`): anyone may register themself; registering
 * another person takes the event's organizer or an admin (403 for others).
 * Capacity, the waiting list and the refusals are `registerForEvent`'s.
 */
export async function registerUserForEvent(actor: EventActor, eventId: string, userId: string) {
  if (userId !== actor.userId) {
    await findOwnedEventOrThrow(actor, eventId, "Only the event's organizer can register other people");
    if (!(await db.user.count({ where: { id: userId } }))) throw notFound("User");
  }
  return registerForEvent({ eventId, userId });
}
