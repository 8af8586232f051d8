import "server-only";
import { randomUUID } from "node:crypto";
import type { DbTx } from "@/lib/db/client";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import type { PaymentRecord } from "./types";

const paymentSelect = { id: true, orderId: true, provider: true, providerRef: true, status: true, amountMinor: true, currency: true } as const;

/**
 * Writes a payment row once per provider reference and returns it. INSERT ...
 * ON CONFLICT DO NOTHING, not Prisma's upsert (a read then a write): two
 * callers racing with the same reference (a double submit answered with the
 * same PaymentIntent, a webhook beside the buyer's request) must both get
 * the row, and a unique violation would abort a caller's transaction.
 */
async function insertOnce(tx: DbTx, orderId: string, payment: PaymentRecord, status: PaymentStatus, failureCode: string | null = null) {
  await tx.$executeRaw`
    INSERT INTO payments (id, order_id, provider, provider_ref, status, amount_minor, currency, failure_code, updated_at)
    VALUES (${randomUUID()}::uuid, ${orderId}::uuid, ${payment.provider}::"PaymentProvider", ${payment.providerRef}, ${status}::"PaymentStatus",
            ${payment.amountMinor}, ${payment.currency.toUpperCase()}, ${failureCode}, now())
    ON CONFLICT (provider, provider_ref) DO NOTHING`;
  return tx.payment.findUniqueOrThrow({
    where: { provider_providerRef: { provider: payment.provider, providerRef: payment.providerRef } },
    select: paymentSelect,
  });
}

/**
 * Records a successful payment for an order once: the provider's reference
 * is unique per provider, so a repeated call (a retried request, a replayed
 * webhook) returns the row written the first time. An attempt recorded as
 * FAILED or PENDING that then succeeds (a second card in the same Stripe
 * Checkout) becomes SUCCEEDED; a REFUNDED one stays refunded.
 */
export async function recordPayment(tx: DbTx, orderId: string, payment: PaymentRecord) {
  const row = await insertOnce(tx, orderId, payment, "SUCCEEDED");
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
  const row = await insertOnce(tx, orderId, payment, "FAILED", failureCode);
  if (row.status !== "PENDING") return row;
  return tx.payment.update({ where: { id: row.id }, data: { status: "FAILED", failureCode }, select: paymentSelect });
}
