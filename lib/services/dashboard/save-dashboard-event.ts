import "server-only";
import { db } from "@/lib/db/client";
import { badRequest, notFound } from "@/lib/http/errors";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";
import { deleteUpload } from "@/lib/services/uploads/delete-upload";
import { saveEventImage } from "@/lib/services/uploads/save-event-image";
import { lockEvent } from "@/lib/services/registrations/lock-event";
import { promoteWaitlisted } from "@/lib/services/registrations/promote-waitlisted";
import { ownedEventWhere } from "@/lib/services/events/find-owned-event";
import { eventFormSchema, type EventFormValues } from "@/lib/validation/dashboard";
import { assertCanManageEvents, findManagedEventOrThrow, wallClockToDate, type EventActor } from "./managed-event";

const CANCEL_INSTEAD = "Use “Cancel event” to cancel: it refunds and informs ticket holders";

/** The event columns a form sets; film fields only for films, so a conference keeps none. */
function toColumns(values: EventFormValues, timeZone: string) {
  const film = values.kind === "FILM";
  return {
    title: values.title,
    description: values.description,
    kind: values.kind,
    venue: values.venue ?? null,
    startsAt: wallClockToDate(values.startsAt, timeZone),
    endsAt: values.endsAt ? wallClockToDate(values.endsAt, timeZone) : null,
    speakers: values.speakers,
    prize: values.prize ?? null,
    subEvents: values.subEvents,
    capacity: values.capacity ?? null,
    priceMinor: values.price,
    currency: values.currency,
    status: values.status,
    ticketStatus: values.ticketStatus,
    durationMinutes: film ? (values.durationMinutes ?? null) : null,
    rating: film ? (values.rating ?? null) : null,
    genres: film ? values.genres : [],
  };
}

/**
 * Creates a draft event for an organizer (or admin) from the dashboard form.
 * Input is parsed before anything is stored; the image is stored (resized)
 * before the row and removed again if the row is refused.
 */
export async function createDashboardEvent(actor: EventActor, input: unknown, timeZone: string, image?: File | null) {
  assertCanManageEvents(actor);
  const values = eventFormSchema.parse(input);
  if (values.status === "CANCELLED") throw badRequest(CANCEL_INSTEAD, { status: ["A new event cannot start out cancelled"] });
  const imagePath = image && image.size > 0 ? await saveEventImage(image, "image") : null;
  try {
    return await db.event.create({
      data: { ...toColumns(values, timeZone), imagePath, organizerId: actor.userId, publishedAt: null },
      select: { id: true },
    });
  } catch (error) {
    if (imagePath) await deleteUpload(imagePath).catch(() => {});
    throw error;
  }
}

/**
 * Saves the dashboard form over an event the actor manages. The event row is
 * locked so capacity and registrations do not race: capacity cannot drop
 * below the places given, and more places (or sales reopened) let the waiting
 * list in, e-mailing those promoted. Cancelling goes through `cancelEvent`
 * (refunds), never through this form; a cancelled event stays cancelled.
 */
export async function updateDashboardEvent(actor: EventActor, eventId: string, input: unknown, timeZone: string, image?: File | null) {
  await findManagedEventOrThrow(actor, eventId);
  const values = eventFormSchema.parse(input);
  const columns = toColumns(values, timeZone);
  const newImage = image && image.size > 0 ? await saveEventImage(image, "image") : null;
  try {
    const { oldImage, outboxIds } = await db.$transaction(async (tx) => {
      const locked = await lockEvent(tx, eventId);
      const owned = locked && (await tx.event.findFirst({ where: ownedEventWhere(actor, eventId), select: { imagePath: true } }));
      if (!locked || !owned) throw notFound("Event");
      if (locked.status === "CANCELLED" && values.status !== "CANCELLED") throw badRequest("A cancelled event cannot be reopened", { status: ["A cancelled event stays cancelled"] });
      if (locked.status !== "CANCELLED" && values.status === "CANCELLED") throw badRequest(CANCEL_INSTEAD, { status: [CANCEL_INSTEAD] });
      if (columns.capacity !== null) {
        const registered = await tx.registration.count({ where: { eventId, status: "REGISTERED" } });
        if (columns.capacity < registered) {
          const message = `Capacity cannot be lower than the ${registered} people already registered`;
          throw badRequest(message, { capacity: [message] });
        }
      }
      const imagePath = newImage ?? (values.removeImage ? null : owned.imagePath);
      await tx.event.update({ where: { id: eventId }, data: { ...columns, imagePath } });
      const promotion = await promoteWaitlisted(tx, { ...locked, capacity: columns.capacity, status: columns.status, ticketStatus: columns.ticketStatus, startsAt: columns.startsAt });
      return { oldImage: imagePath !== owned.imagePath ? owned.imagePath : null, outboxIds: promotion.outboxIds };
    });
    if (oldImage) await deleteUpload(oldImage).catch(() => {});
    if (outboxIds.length) await deliverOutbox({ ids: outboxIds }).catch((error) => console.warn("[dashboard] e-mail delivery deferred:", error));
    return { id: eventId };
  } catch (error) {
    if (newImage) await deleteUpload(newImage).catch(() => {});
    throw error;
  }
}

/** Publishes (the event appears on /events) or takes it back to draft. A cancelled event cannot be published. */
export async function setEventPublished(actor: EventActor, eventId: string, published: boolean) {
  await findManagedEventOrThrow(actor, eventId);
  return db.$transaction(async (tx) => {
    const locked = await lockEvent(tx, eventId);
    if (!locked) throw notFound("Event");
    if (published && locked.status === "CANCELLED") throw badRequest("A cancelled event cannot be published");
    if (Boolean(locked.publishedAt) === published) return { id: eventId, changed: false };
    await tx.event.update({ where: { id: eventId }, data: { publishedAt: published ? new Date() : null } });
    return { id: eventId, changed: true };
  });
}
