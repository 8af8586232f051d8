import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { PaymentProvider } from "@/lib/generated/prisma/enums";
import { refundTestPayment } from "./test-provider";

type RefundablePayment = { id: string; orderId: string | null; provider: PaymentProvider; providerRef: string; amountMinor: number };

/**
 * Refunds payments in full, in the caller's transaction. The test provider
 * answers at once, so its refunds are SUCCEEDED and the payment REFUNDED;
 * a refund at an external provider is written PENDING, to be sent after the
 * commit by sendPendingRefunds (never a network call inside a transaction)
 * and confirmed by its answer or webhook. What is already refunded or being
 * refunded is not refunded again (a replayed webhook must not refund twice).
 * Returns how many refunds completed at once and how many wait to be sent.
 */
export async function refundPayments(tx: DbTx, payments: RefundablePayment[], reason: string): Promise<{ succeeded: number; pending: number }> {
  let succeeded = 0;
  let pending = 0;
  for (const payment of payments) {
    const earlier = await tx.refund.aggregate({ where: { paymentId: payment.id, status: { not: "FAILED" } }, _sum: { amountMinor: true } });
    const amountMinor = payment.amountMinor - (earlier._sum.amountMinor ?? 0);
    if (amountMinor <= 0) continue;
    if (payment.provider === "TEST") {
      const refund = await refundTestPayment({ providerRef: payment.providerRef, amountMinor, reason });
      await tx.refund.create({
        data: { paymentId: payment.id, orderId: payment.orderId, amountMinor, providerRef: refund.id, reason: reason.slice(0, 200), status: "SUCCEEDED" },
      });
      await tx.payment.update({ where: { id: payment.id }, data: { status: "REFUNDED" } });
      succeeded++;
    } else {
      await tx.refund.create({
        data: { paymentId: payment.id, orderId: payment.orderId, amountMinor, reason: reason.slice(0, 200), status: "PENDING" },
      });
      pending++;
    }
  }
  return { succeeded, pending };
}
