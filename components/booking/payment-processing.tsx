"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { checkCheckoutAction } from "@/app/orders/actions";
import { Spinner } from "@/components/ui/spinner";

const POLL_MS = 2500;
const PATIENCE = 24; // about a minute

/** Back from Stripe, before its confirmation: asks every few seconds and shows the order once it is settled. */
export function PaymentProcessing({ orderId }: { orderId: string }) {
  const router = useRouter();
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (tries >= PATIENCE) return;
    const timer = setTimeout(async () => {
      const result = await checkCheckoutAction(orderId).catch(() => null);
      const status = result?.ok ? result.data?.status : undefined;
      if (status && status !== "PENDING" && status !== "EXPIRED") router.replace(`/orders/${orderId}`);
      else setTries((n) => n + 1);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [tries, orderId, router]);

  return (
    <div role="status" aria-live="polite" data-testid="payment-processing" className="flex items-start gap-3 rounded-lg border border-border bg-surface-muted px-4 py-3">
      {tries < PATIENCE && <Spinner size="lg" decorative className="mt-0.5 text-brand" />}
      <div className="text-sm">
        <p className="font-semibold text-fg">Payment processing</p>
        <p className="mt-1 text-fg-muted">
          {tries < PATIENCE
            ? "Stripe is confirming your payment. Your tickets appear here as soon as it does; there is no need to pay again."
            : "This is taking longer than usual. Your tickets will be e-mailed to you once Stripe confirms the payment; you can leave this page."}
        </p>
      </div>
    </div>
  );
}
