import "server-only";
import { db } from "@/lib/db/client";
import { badRequest, forbidden } from "@/lib/http/errors";
import { deleteUpload } from "@/lib/services/uploads/delete-upload";
import { saveEventImage } from "@/lib/services/uploads/save-event-image";
import type { CreateEventInput } from "@/lib/validation/events";
import { createEvent } from "./create-event";
import type { EventActor } from "./find-owned-event";

/**
 * Creates a published event for an organizer or admin (API-CONTRACT rule 11),
 * storing its image first; the image is removed again if the event is refused.
 */
export async function createOrganizerEvent(actor: EventActor, input: CreateEventInput, image?: File | null, options: { organizerId?: string } = {}) {
  if (actor.role !== "ORGANIZER" && actor.role !== "ADMIN") throw forbidden("Only organizers and admins can create events");
  const organizerId = await organizerFor(actor, options.organizerId);
  const imagePath = image ? await saveEventImage(image) : undefined;
  try {
    return await createEvent({ ...input, imagePath }, organizerId);
  } catch (error) {
    if (imagePath) await deleteUpload(imagePath).catch(() => {});
    throw error;
  }
}

/**
 * Who organizes the new event: the actor, or (S3 `organizer_id`) another
 * organizer or admin named by an admin. Organizers create only their own.
 */
async function organizerFor(actor: EventActor, organizerId: string | undefined) {
  if (!organizerId || organizerId === actor.userId) return actor.userId;
  if (actor.role !== "ADMIN") throw forbidden("Organizers can only create events they organize themselves");
  const user = await db.user.findUnique({ where: { id: organizerId }, select: { role: true } });
  if (!user || (user.role !== "ORGANIZER" && user.role !== "ADMIN")) {
    throw badRequest("organizer_id must name an organizer or admin", { organizer_id: ["Must name an organizer or admin"] });
  }
  return organizerId;
}
