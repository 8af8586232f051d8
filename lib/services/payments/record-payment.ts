import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { PaymentRecord } from "./types";

/**
 * Records a successful payment for an order once: the provider's reference
 * is unique per provider, so a repeated call (a retried request, a replayed
 * webhook) returns the row written the first time.
 */
export async function recordPayment(tx: DbTx, orderId: string, payment: PaymentRecord) {
  return tx.payment.upsert({
    where: { provider_providerRef: { provider: payment.provider, providerRef: payment.providerRef } },
    create: {
      orderId,
      provider: payment.provider,
      providerRef: payment.providerRef,
      status: "SUCCEEDED",
      amountMinor: payment.amountMinor,
      currency: payment.currency.toUpperCase(),
    },
    update: {},
    select: { id: true, orderId: true, provider: true, providerRef: true, status: true, amountMinor: true, currency: true },
  });
}
