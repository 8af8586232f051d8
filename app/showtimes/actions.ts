"use server";

import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { formObject, type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { createOrderFromHold } from "@/lib/services/booking/checkout";
import { holdSeats } from "@/lib/services/booking/hold-seats";
import { releaseHold } from "@/lib/services/booking/release-hold";
import { createOrderFormSchema, holdSeatsFormSchema, type HoldSeatsForm } from "@/lib/validation/booking-forms";

export type HeldSeats = {
  holdId: string;
  expiresAt: string;
  seats: { label: string; categoryName: string | null; priceMinor: number }[];
  totalMinor: number;
  currency: string;
};

// Every action is a public endpoint: each one checks the session itself.
async function actorOrSignIn(next: string) {
  const actor = await getSessionActor();
  if (!actor) redirect(`/signin?next=${encodeURIComponent(next)}`);
  return actor;
}

/** Holds the chosen seats (or the best available ones); signed-out visitors go to sign-in first. */
export async function holdSeatsAction(input: HoldSeatsForm): Promise<FormState<HeldSeats>> {
  return runFormAction(async () => {
    const data = holdSeatsFormSchema.parse(input);
    const actor = await actorOrSignIn(`/showtimes/${data.showtimeId}`);
    const hold = await holdSeats({ showtimeId: data.showtimeId, userId: actor.userId, seatLabels: data.seatLabels, bestAvailable: data.bestAvailable });
    return { ok: true, data: { ...hold, expiresAt: hold.expiresAt.toISOString() } };
  });
}

/** Gives the held seats back, to choose again. */
export async function releaseHoldAction(holdId: string): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
    await releaseHold(holdId, actor.userId);
  });
}

/** Turns the hold into an order (once per idempotency key) and moves on to payment. */
export async function createOrderAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await runFormAction<{ orderId: string }>(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
    const data = createOrderFormSchema.parse(formObject(form));
    const order = await createOrderFromHold({ holdId: data.holdId, userId: actor.userId, idempotencyKey: data.idempotencyKey });
    return { ok: true, data: { orderId: order.id } };
  });
  if (result.ok && result.data) redirect(`/orders/${result.data.orderId}/pay`);
  return result;
}
