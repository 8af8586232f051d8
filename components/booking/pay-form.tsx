"use client";

import { useActionState } from "react";
import { payOrderAction } from "@/app/orders/actions";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { initialFormState } from "@/lib/http/form-state";
import { TEST_PAYMENT_METHODS } from "@/lib/validation/booking-forms";

/** The built-in test provider's card choice; a declined card shows why and can be retried. */
export function PayForm({ orderId, amount }: { orderId: string; amount: string }) {
  const [state, pay, pending] = useActionState(payOrderAction, initialFormState);
  return (
    <form action={pay} className="flex flex-col gap-4">
      <input type="hidden" name="orderId" value={orderId} />
      <FormMessage ok={false} message={state.ok ? undefined : state.message} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium text-fg">Payment method</legend>
        {TEST_PAYMENT_METHODS.map((method, i) => (
          <label
            key={method.value}
            className={cn(
              "flex cursor-pointer items-center gap-3 rounded-lg border border-border bg-surface px-3 py-3 text-sm transition-colors",
              "hover:bg-surface-muted has-[:checked]:border-brand has-[:checked]:bg-brand-soft",
            )}
          >
            <input type="radio" name="paymentMethod" value={method.value} defaultChecked={i === 0} className="size-4 accent-[var(--brand)]" />
            <span className="flex flex-1 flex-wrap items-baseline justify-between gap-x-2">
              <span className="font-medium text-fg">{method.label}</span>
              <code className="text-xs text-fg-muted">{method.value}</code>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="rounded-lg bg-surface-muted px-3 py-2 text-xs text-fg-muted">
        This is the built-in test payment provider: no real money moves and no card details are asked for.
      </p>
      <Button type="submit" size="lg" loading={pending}>
        Pay {amount}
      </Button>
    </form>
  );
}
