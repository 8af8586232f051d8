"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError, forbidden } from "@/lib/http/errors";
import { formObject, type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { cancelEvent } from "@/lib/services/dashboard/cancel-event";
import { findManagedEventOrThrow } from "@/lib/services/dashboard/managed-event";
import { deleteDashboardEvent } from "@/lib/services/dashboard/delete-dashboard-event";
import { createDashboardEvent, setEventPublished, updateDashboardEvent } from "@/lib/services/dashboard/save-dashboard-event";
import { cancelShowtime, saveShowtime } from "@/lib/services/dashboard/showtimes";
import { markAttendance } from "@/lib/services/registrations/mark-attendance";
import { attendanceFormSchema, eventIdFormSchema, publishFormSchema, showtimeIdFormSchema } from "@/lib/validation/dashboard";

// Every action is a public endpoint: each re-checks the session and role
// here, and the services check ownership again (404 for foreign events).

async function organizerActor() {
  const actor = await getSessionActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in again");
  if (actor.role !== "ORGANIZER" && actor.role !== "ADMIN") throw forbidden("Only organizers and admins can manage events");
  return actor;
}

const revalidateEvent = (eventId?: string) => {
  revalidatePath("/dashboard", "layout");
  revalidatePath("/events", "layout");
  if (eventId) revalidatePath(`/events/${eventId}`);
};

const imageOf = (data: FormData) => {
  const image = data.get("image");
  return image instanceof File && image.size > 0 ? image : null;
};

// Create an event (a draft) or save the edit form; a new event opens its dashboard page.
export async function saveEventAction(_: FormState, data: FormData): Promise<FormState> {
  let createdId: string | null = null;
  const result = await runFormAction(async () => {
    const actor = await organizerActor();
    // The services parse the form with eventFormSchema (the form's own schema).
    const fields = formObject(data);
    const timeZone = env().APP_TIMEZONE;
    if (fields.eventId) {
      await updateDashboardEvent(actor, fields.eventId, fields, timeZone, imageOf(data));
      revalidateEvent(fields.eventId);
      return { ok: true, message: "Changes saved." };
    }
    createdId = (await createDashboardEvent(actor, fields, timeZone, imageOf(data))).id;
    revalidateEvent();
  });
  if (result.ok && createdId) redirect(`/dashboard/events/${createdId}?created=1`);
  return result;
}

// Publish (listed on /events) or move back to draft.
export async function setPublishedAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await organizerActor();
    const input = publishFormSchema.parse(formObject(data));
    await setEventPublished(actor, input.eventId, input.published);
    revalidateEvent(input.eventId);
    return { ok: true, message: input.published ? "Published: the event is now listed on Events." : "Unpublished: the event is a draft again." };
  });
}

// Cancel an event: refunds, cancelled tickets and registrations, one e-mail per holder.
export async function cancelEventAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await organizerActor();
    const input = eventIdFormSchema.parse(formObject(data));
    const result = await cancelEvent(actor, input.eventId);
    revalidateEvent(input.eventId);
    if (!result.changed) return { ok: true, message: "This event was already cancelled." };
    const informed = result.notified === 1 ? "1 person was informed" : `${result.notified} people were informed`;
    return { ok: true, message: `Event cancelled. ${result.refundedOrders} order${result.refundedOrders === 1 ? "" : "s"} refunded; ${informed} by e-mail.` };
  });
}

// Delete a draft or an event without sales, then show the list.
export async function deleteEventAction(_: FormState, data: FormData): Promise<FormState> {
  const result = await runFormAction(async () => {
    const actor = await organizerActor();
    const input = eventIdFormSchema.parse(formObject(data));
    await deleteDashboardEvent(actor, input.eventId);
    revalidateEvent(input.eventId);
  });
  if (result.ok) redirect("/dashboard?deleted=1");
  return result;
}

// Add or change a showtime.
export async function saveShowtimeAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await organizerActor();
    const fields = formObject(data);
    await saveShowtime(actor, fields, env().APP_TIMEZONE);
    revalidateEvent(fields.eventId);
    return { ok: true, message: fields.showtimeId ? "Showtime saved." : "Showtime added." };
  });
}

// Cancel a showtime: its sales are refunded and its holders e-mailed.
export async function cancelShowtimeAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await organizerActor();
    const input = showtimeIdFormSchema.parse(formObject(data));
    const result = await cancelShowtime(actor, input.eventId, input.showtimeId);
    revalidateEvent(input.eventId);
    if (!result.changed) return { ok: true, message: "This showtime was already cancelled." };
    return { ok: true, message: `Showtime cancelled. ${result.cancelledTickets} ticket${result.cancelledTickets === 1 ? "" : "s"} cancelled and refunded; ${result.notified} ${result.notified === 1 ? "person" : "people"} informed.` };
  });
}

// Mark a registered participant as attended.
export async function markAttendanceAction(_: FormState, data: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await organizerActor();
    const input = attendanceFormSchema.parse(formObject(data));
    await findManagedEventOrThrow(actor, input.eventId);
    await markAttendance(actor, input.eventId, { userId: input.userId, verificationMethod: "manual" });
    revalidatePath(`/dashboard/events/${input.eventId}`, "layout");
    return { ok: true, message: "Attendance marked." };
  });
}
