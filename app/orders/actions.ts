"use server";

import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { formObject, type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { payOrder } from "@/lib/services/booking/pay-order";
import { payOrderFormSchema } from "@/lib/validation/booking-forms";

/** Pays the acting user's order with the chosen (test) card; a decline leaves the order payable. */
export async function payOrderAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await runFormAction<{ orderId: string }>(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
    const data = payOrderFormSchema.parse(formObject(form));
    const paid = await payOrder({ orderId: data.orderId, userId: actor.userId, paymentMethod: data.paymentMethod });
    return { ok: true, data: { orderId: paid.orderId } };
  });
  if (result.ok && result.data) redirect(`/orders/${result.data.orderId}?paid=1`);
  return result;
}
