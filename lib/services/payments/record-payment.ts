import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { PaymentRecord } from "./types";

const paymentSelect = { id: true, orderId: true, provider: true, providerRef: true, status: true, amountMinor: true, currency: true } as const;

/**
 * Records a successful payment for an order once: the provider's reference
 * is unique per provider, so a repeated call (a retried request, a replayed
 * webhook) returns the row written the first time. An attempt recorded as
 * FAILED or PENDING that then succeeds (a second card in the same Stripe
 * Checkout) becomes SUCCEEDED; a REFUNDED one stays refunded.
 */
export async function recordPayment(tx: DbTx, orderId: string, payment: PaymentRecord) {
  const row = await tx.payment.upsert({
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
    select: paymentSelect,
  });
  if (row.status !== "PENDING" && row.status !== "FAILED") return row;
  return tx.payment.update({
    where: { id: row.id },
    data: { status: "SUCCEEDED", orderId: row.orderId ?? orderId, amountMinor: payment.amountMinor, currency: payment.currency.toUpperCase(), failureCode: null },
    select: paymentSelect,
  });
}

/**
 * Records a failed attempt (Stripe's payment_intent.payment_failed) for the
 * dashboards; the order is untouched and stays payable. An attempt already
 * recorded as succeeded or refunded is never downgraded (events arrive in
 * any order).
 */
export async function recordFailedPayment(tx: DbTx, orderId: string, payment: PaymentRecord & { failureCode?: string | null }) {
  const failureCode = payment.failureCode?.slice(0, 120) ?? null;
  const row = await tx.payment.upsert({
    where: { provider_providerRef: { provider: payment.provider, providerRef: payment.providerRef } },
    create: {
      orderId,
      provider: payment.provider,
      providerRef: payment.providerRef,
      status: "FAILED",
      amountMinor: payment.amountMinor,
      currency: payment.currency.toUpperCase(),
      failureCode,
    },
    update: {},
    select: paymentSelect,
  });
  if (row.status !== "PENDING") return row;
  return tx.payment.update({ where: { id: row.id }, data: { status: "FAILED", failureCode }, select: paymentSelect });
}
