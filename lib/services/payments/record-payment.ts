import "server-only";
import { randomUUID } from "node:crypto";
import type { DbTx } from "@/lib/db/client";
import { sqlIn, type SqlTx } from "@/lib/db/sql";
import type { PaymentProvider, PaymentStatus } from "@/lib/generated/prisma/enums";
import type { PaymentRecord } from "./types";

export type RecordedPayment = {
  id: string;
  orderId: string | null;
  provider: PaymentProvider;
  providerRef: string;
  status: PaymentStatus;
  amountMinor: number;
  currency: string;
};

const columns = `id, order_id AS "orderId", provider::text AS provider, provider_ref AS "providerRef", status::text AS status, amount_minor AS "amountMinor", currency`;

/**
 * Writes a payment row once per provider reference and returns it. INSERT ...
 * ON CONFLICT DO NOTHING, then a read, not Prisma's upsert (a read then a
 * write): two callers racing with the same reference (a double submit
 * answered with the same PaymentIntent, a webhook beside the buyer's request)
 * must both get the row, and a unique violation would abort a caller's
 * transaction. Plain SQL, so a `pg` transaction (the sale) and a Prisma one
 * (webhooks) share it.
 */
async function insertOnce(tx: DbTx | SqlTx, orderId: string, payment: PaymentRecord, status: PaymentStatus, failureCode: string | null = null) {
  // The insert, or the row already there, in one statement; a row a concurrent caller committed
  // while this statement waited on it is outside its snapshot, hence the second read.
  const [row] = await sqlIn<RecordedPayment>(
    tx,
    `WITH inserted AS (
       INSERT INTO payments (id, order_id, provider, provider_ref, status, amount_minor, currency, failure_code, updated_at)
       VALUES ($1::uuid, $2::uuid, $3::"PaymentProvider", $4, $5::"PaymentStatus", $6, $7, $8, now())
       ON CONFLICT (provider, provider_ref) DO NOTHING
       RETURNING ${columns}
     )
     SELECT * FROM inserted
     UNION ALL
     SELECT ${columns} FROM payments WHERE provider = $3::"PaymentProvider" AND provider_ref = $4 AND NOT EXISTS (SELECT 1 FROM inserted)`,
    [randomUUID(), orderId, payment.provider, payment.providerRef, status, payment.amountMinor, payment.currency.toUpperCase(), failureCode],
  );
  if (row) return row;
  const [existing] = await sqlIn<RecordedPayment>(tx, `SELECT ${columns} FROM payments WHERE provider = $1::"PaymentProvider" AND provider_ref = $2`, [payment.provider, payment.providerRef]);
  if (!existing) throw new Error(`Payment ${payment.provider} ${payment.providerRef} was not recorded`);
  return existing;
}

/**
 * Records a successful payment for an order once: the provider's reference
 * is unique per provider, so a repeated call (a retried request, a replayed
 * webhook) returns the row written the first time. An attempt recorded as
 * FAILED or PENDING that then succeeds (a second card in the same Stripe
 * Checkout) becomes SUCCEEDED; a REFUNDED one stays refunded.
 */
export async function recordPayment(tx: DbTx | SqlTx, orderId: string, payment: PaymentRecord): Promise<RecordedPayment> {
  const row = await insertOnce(tx, orderId, payment, "SUCCEEDED");
  if (row.status !== "PENDING" && row.status !== "FAILED") return row;
  const [updated] = await sqlIn<RecordedPayment>(
    tx,
    `UPDATE payments SET status = 'SUCCEEDED', order_id = COALESCE(order_id, $2::uuid), amount_minor = $3, currency = $4, failure_code = NULL, updated_at = now()
      WHERE id = $1::uuid
      RETURNING ${columns}`,
    [row.id, orderId, payment.amountMinor, payment.currency.toUpperCase()],
  );
  return updated;
}

/**
 * Records a failed attempt (Stripe's payment_intent.payment_failed) for the
 * dashboards; the order is untouched and stays payable. An attempt already
 * recorded as succeeded or refunded is never downgraded (events arrive in
 * any order).
 */
export async function recordFailedPayment(tx: DbTx | SqlTx, orderId: string, payment: PaymentRecord & { failureCode?: string | null }): Promise<RecordedPayment> {
  const failureCode = payment.failureCode?.slice(0, 120) ?? null;
  const row = await insertOnce(tx, orderId, payment, "FAILED", failureCode);
  if (row.status !== "PENDING") return row;
  const [updated] = await sqlIn<RecordedPayment>(tx, `UPDATE payments SET status = 'FAILED', failure_code = $2, updated_at = now() WHERE id = $1::uuid RETURNING ${columns}`, [row.id, failureCode]);
  return updated;
}
