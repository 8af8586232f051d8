import "server-only";
import { db } from "@/lib/db/client";
import { deleteUpload } from "@/lib/services/uploads/delete-upload";
import { saveEventImage } from "@/lib/services/uploads/save-event-image";
import type { EventChanges } from "@/lib/validation/api-s4-events";
import { findOwnedEventOrThrow, type EventActor } from "./find-owned-event";
import { updateEvent } from "./update-event";

/**
 * `updateEvent` with an optional new image: ownership is checked before the
 * file is stored, the old image is removed once the change is saved, and the
 * new one if the change is refused.
 */
export async function updateEventWithImage(actor: EventActor, eventId: string, changes: EventChanges, image?: File | null) {
  if (!image) return updateEvent(actor, eventId, changes);
  await findOwnedEventOrThrow(actor, eventId, "Only event organizer can update this event");
  const before = await db.event.findUnique({ where: { id: eventId }, select: { imagePath: true } });
  const imagePath = await saveEventImage(image);
  try {
    const event = await updateEvent(actor, eventId, { ...changes, imagePath });
    if (before?.imagePath) await deleteUpload(before.imagePath).catch(() => {});
    return event;
  } catch (error) {
    await deleteUpload(imagePath).catch(() => {});
    throw error;
  }
}
