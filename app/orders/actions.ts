"use server";

import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { formObject, type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { confirmCheckoutReturn } from "@/lib/services/booking/confirm-checkout-return";
import { payOrder } from "@/lib/services/booking/pay-order";
import { startCheckout } from "@/lib/services/booking/start-checkout";
import { stripeEnabled } from "@/lib/services/payments/stripe-client";
import { orderFormSchema, payOrderFormSchema } from "@/lib/validation/booking-forms";

/** Pays the acting user's order with the chosen (test) card; a decline leaves the order payable. */
export async function payOrderAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await runFormAction<{ orderId: string }>(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
    // The test-card form is only for the built-in provider; with Stripe the web pays through Checkout.
    if (stripeEnabled()) throw new AppError("CONFLICT", "Please pay through Stripe Checkout.");
    const data = payOrderFormSchema.parse(formObject(form));
    const paid = await payOrder({ orderId: data.orderId, userId: actor.userId, paymentMethod: data.paymentMethod });
    return { ok: true, data: { orderId: paid.orderId } };
  });
  if (result.ok && result.data) redirect(`/orders/${result.data.orderId}?paid=1`);
  return result;
}

/** With Stripe configured: sends the buyer to Stripe Checkout for the order (the same session on a double click). */
export async function startCheckoutAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await runFormAction<{ url: string }>(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
    const data = orderFormSchema.parse(formObject(form));
    const { url } = await startCheckout({ orderId: data.orderId, userId: actor.userId });
    return { ok: true, data: { url } };
  });
  if (result.ok && result.data) redirect(result.data.url);
  return result;
}

/** The "payment processing" page asks whether Stripe has the payment yet (and settles it if so). */
export async function checkCheckoutAction(orderId: string): Promise<FormState<{ status: string }>> {
  return runFormAction(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
    const data = orderFormSchema.parse({ orderId });
    const { status } = await confirmCheckoutReturn({ orderId: data.orderId, userId: actor.userId });
    return { ok: true, data: { status } };
  });
}
