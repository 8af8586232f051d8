import "server-only";
import type Stripe from "stripe";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { isUniqueViolation } from "@/lib/services/booking/unique-violation";
import { afterRefundSettled, markRefunded, settleRefund } from "./settle-refund";
import { refundStatus } from "./stripe-provider";

const statusOf = (refund: Stripe.Refund): RefundStatus => ({ succeeded: "SUCCEEDED", failed: "FAILED", pending: "PENDING" } as const)[refundStatus(refund.status)];

/**
 * Applies a refund object from a Stripe webhook: ours is found by Stripe's id
 * or, when the webhook beats the answer to our request, by metadata.refundId;
 * a refund made elsewhere (Stripe's dashboard) is recorded against its
 * payment. Replays and out-of-order updates settle to the same state.
 */
export async function settleStripeRefund(refund: Stripe.Refund) {
  const status = statusOf(refund);
  const byRef = await settleRefund({ providerRef: refund.id }, { providerRef: refund.id, status });
  if (byRef) return byRef;
  const ourId = refund.metadata?.refundId;
  if (ourId && z.uuid().safeParse(ourId).success) {
    const byId = await settleRefund({ id: ourId }, { providerRef: refund.id, status });
    if (byId) return byId;
  }
  const intentId = typeof refund.payment_intent === "string" ? refund.payment_intent : refund.payment_intent?.id;
  if (!intentId) return null;
  const payment = await db.payment.findUnique({ where: { provider_providerRef: { provider: "STRIPE", providerRef: intentId } }, select: { id: true, orderId: true } });
  if (!payment) return null;
  try {
    const { outboxIds, ...created } = await db.$transaction(async (tx) => {
      const row = await tx.refund.create({
        data: { paymentId: payment.id, orderId: payment.orderId, amountMinor: refund.amount, providerRef: refund.id, reason: "Refunded at Stripe", status },
        select: { id: true, status: true },
      });
      return { ...row, outboxIds: status === "SUCCEEDED" ? await markRefunded(tx, payment.id, payment.orderId) : [] };
    });
    await afterRefundSettled(outboxIds);
    return created;
  } catch (error) {
    // Two deliveries of the same new refund: the other one wrote it.
    if (isUniqueViolation(error, "provider_ref")) return settleRefund({ providerRef: refund.id }, { providerRef: refund.id, status });
    throw error;
  }
}
