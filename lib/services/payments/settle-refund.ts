import "server-only";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db, type DbTx } from "@/lib/db/client";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { voidRefundedOrder } from "@/lib/services/booking/void-refunded-order";
import { deliverOutbox } from "@/lib/services/mail/deliver-outbox";

/** `providerRef` is the provider's refund id; null when it kept none (a refusal). */
export type RefundOutcome = { providerRef: string | null; status: RefundStatus };

/**
 * Writes what the provider said about a refund, found by our id or the
 * provider's: its reference and status. A SUCCEEDED refund marks its
 * payment REFUNDED once refunds cover it, and stamps a cancelled order's
 * refundedAt (or voids a paid one it no longer covers: markRefunded).
 * Idempotent, and a late "pending" never undoes a settled refund (webhooks
 * arrive in any order).
 */
export async function settleRefund(where: { id: string } | { providerRef: string }, outcome: RefundOutcome) {
  const settled = await db.$transaction(async (tx) => {
    // The row lock orders concurrent news about one refund (a webhook racing our request's answer).
    const [locked] =
      "id" in where
        ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM refunds WHERE id = ${where.id}::uuid FOR UPDATE`
        : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM refunds WHERE provider_ref = ${where.providerRef} FOR UPDATE`;
    if (!locked) return null;
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: locked.id }, select: { id: true, status: true, paymentId: true, orderId: true, providerRef: true } });
    const status = outcome.status === "PENDING" && refund.status !== "PENDING" ? refund.status : outcome.status;
    const providerRef = outcome.providerRef ?? refund.providerRef;
    if (status !== refund.status || refund.providerRef !== providerRef) {
      await tx.refund.update({ where: { id: refund.id }, data: { status, providerRef } });
    }
    const outboxIds = status === "SUCCEEDED" ? await markRefunded(tx, refund.paymentId, refund.orderId) : [];
    return { id: refund.id, status, outboxIds };
  });
  if (!settled) return null;
  await afterRefundSettled(settled.outboxIds);
  return { id: settled.id, status: settled.status };
}

/**
 * The payment REFUNDED once its succeeded refunds cover it; a cancelled
 * order's refundedAt stamped. A PAID order that its succeeded payments no
 * longer cover was refunded outside Tessera (Stripe's dashboard): it is
 * voided (voidRefundedOrder). Returns the outbox ids of the e-mails that
 * queued, for afterRefundSettled.
 */
export async function markRefunded(tx: DbTx, paymentId: string, orderId: string | null): Promise<string[]> {
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { amountMinor: true, status: true } });
  const refunded = await tx.refund.aggregate({ where: { paymentId, status: "SUCCEEDED" }, _sum: { amountMinor: true } });
  if (payment.status !== "REFUNDED" && (refunded._sum.amountMinor ?? 0) >= payment.amountMinor) {
    await tx.payment.update({ where: { id: paymentId }, data: { status: "REFUNDED" } });
  }
  if (!orderId) return [];
  await tx.order.updateMany({ where: { id: orderId, status: { in: ["CANCELLED", "REFUNDED"] }, refundedAt: null }, data: { refundedAt: new Date() } });
  return voidRefundedOrder(tx, orderId);
}

/** After a refund's transaction committed: seats it may have freed show at once, and its e-mails go (the outbox worker retries a failed send). */
export async function afterRefundSettled(outboxIds: string[]) {
  invalidatePublicCache();
  if (!outboxIds.length) return;
  await deliverOutbox({ ids: outboxIds }).catch((error) => console.warn("[payments] e-mail delivery deferred:", error));
}
