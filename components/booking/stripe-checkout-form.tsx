"use client";

import { useActionState } from "react";
import { startCheckoutAction } from "@/app/orders/actions";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/http/form-state";

/** With Stripe configured: one button to Stripe's hosted checkout; a failure (seats gone, Stripe down) shows why. */
export function StripeCheckoutForm({ orderId, amount }: { orderId: string; amount: string }) {
  const [state, pay, pending] = useActionState(startCheckoutAction, initialFormState);
  return (
    <form action={pay} className="flex flex-col gap-4">
      <input type="hidden" name="orderId" value={orderId} />
      <FormMessage ok={false} message={state.ok ? undefined : state.message} />
      <p className="text-sm text-fg-muted">
        You will enter your card on Stripe’s secure payment page, then come back here for your tickets.
      </p>
      <Button type="submit" size="lg" loading={pending}>
        Pay {amount} with Stripe
      </Button>
    </form>
  );
}
