"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getSessionActor } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { formObject, type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { reserveGeneralAdmission } from "@/lib/services/booking/buy-general-admission";
import { cancelRegistration } from "@/lib/services/registrations/cancel-registration";
import { registerForEvent } from "@/lib/services/registrations/register-for-event";

const eventFormSchema = z.object({ eventId: z.uuid("Unknown event") });

async function signedInActor(message = "Please sign in to register.") {
  const actor = await getSessionActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", message);
  return actor;
}

/** Takes a place at a free event, or a spot on its waiting list when it is full. */
export async function registerAction(_: FormState, form: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await signedInActor();
    const { eventId } = eventFormSchema.parse(formObject(form));
    const outcome = await registerForEvent({ eventId, userId: actor.userId });
    revalidatePath(`/events/${eventId}`);
    return {
      ok: true,
      message:
        outcome.status === "REGISTERED"
          ? "You're registered. Your ticket is in My tickets."
          : `The event is full: you're number ${outcome.position} on the waiting list. We'll e-mail you if a place frees up.`,
    };
  });
}

/** Gives the viewer's place (or waiting-list spot) back; the next person waiting gets it. */
export async function cancelRegistrationAction(_: FormState, form: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await signedInActor();
    const { eventId } = eventFormSchema.parse(formObject(form));
    const { previousStatus } = await cancelRegistration({ eventId, userId: actor.userId });
    revalidatePath(`/events/${eventId}`);
    return { ok: true, message: previousStatus === "WAITLISTED" ? "You left the waiting list." : "Your registration is cancelled and your ticket no longer works." };
  });
}

/** Reserves a place at a paid event for HOLD_MINUTES and goes to checkout (a live reservation is reused). */
export async function buyPlaceAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await runFormAction<{ orderId: string }>(async () => {
    const actor = await signedInActor("Please sign in to buy a ticket.");
    const { eventId } = eventFormSchema.parse(formObject(form));
    const { order } = await reserveGeneralAdmission({ eventId, userId: actor.userId });
    return { ok: true, data: { orderId: order.id } };
  });
  if (result.ok && result.data) redirect(`/orders/${result.data.orderId}/pay`);
  return result;
}
