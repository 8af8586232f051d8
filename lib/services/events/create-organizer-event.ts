import "server-only";
import { forbidden } from "@/lib/http/errors";
import { deleteUpload } from "@/lib/services/uploads/delete-upload";
import { saveEventImage } from "@/lib/services/uploads/save-event-image";
import type { CreateEventInput } from "@/lib/validation/events";
import { createEvent } from "./create-event";
import type { EventActor } from "./find-owned-event";

/**
 * Creates a published event for an organizer or admin (API-CONTRACT rule 11),
 * storing its image first; the image is removed again if the event is refused.
 */
export async function createOrganizerEvent(actor: EventActor, input: CreateEventInput, image?: File | null) {
  if (actor.role !== "ORGANIZER" && actor.role !== "ADMIN") throw forbidden("Only organizers and admins can create events");
  const imagePath = image ? await saveEventImage(image) : undefined;
  try {
    return await createEvent({ ...input, imagePath }, actor.userId);
  } catch (error) {
    if (imagePath) await deleteUpload(imagePath).catch(() => {});
    throw error;
  }
}
