import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { getPaymentProvider } from "./get-payment-provider";
import { settleRefund } from "./settle-refund";
import { isStripeError } from "./stripe-client";

const BATCH = 50;

export type RefundSendReport = { succeeded: number; pending: number; failed: number; deferred: number };

/**
 * Sends the refunds that booking wrote PENDING (after its commit, never
 * inside the transaction) to their provider, and writes the answer. Each
 * refund carries an idempotency key from its own id, so sending it twice
 * (the post-commit call racing the worker, a retry after a lost answer)
 * refunds once. While the provider is unreachable the refund stays PENDING
 * and the payments worker tries again; a refusal (e.g. the charge was
 * already refunded at Stripe) is settled, not retried forever.
 */
export async function sendPendingRefunds(options: { orderId?: string } = {}): Promise<RefundSendReport> {
  const report: RefundSendReport = { succeeded: 0, pending: 0, failed: 0, deferred: 0 };
  const refunds = await db.refund.findMany({
    where: { status: "PENDING", providerRef: null, payment: { provider: { not: "TEST" } }, ...(options.orderId && { orderId: options.orderId }) },
    select: { id: true, orderId: true, amountMinor: true, reason: true, payment: { select: { provider: true, providerRef: true } } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const refund of refunds) {
    const provider = refund.payment.provider;
    if (provider === "NONE") continue;
    try {
      const result = await getPaymentProvider(provider).refund({
        providerRef: refund.payment.providerRef,
        amountMinor: refund.amountMinor,
        reason: refund.reason,
        idempotencyKey: `tessera-refund-${refund.id}`,
        refundId: refund.id,
        orderId: refund.orderId,
      });
      const status = result.status === "succeeded" ? "SUCCEEDED" : result.status === "failed" ? "FAILED" : "PENDING";
      await settleRefund({ id: refund.id }, { providerRef: result.id, status });
      report[status === "SUCCEEDED" ? "succeeded" : status === "FAILED" ? "failed" : "pending"]++;
    } catch (error) {
      const refusal = refusedByProvider(error);
      if (!refusal) {
        report.deferred++;
        console.warn(`[payments] refund ${refund.id} deferred:`, error instanceof Error ? error.message : error);
        continue;
      }
      await settleRefund({ id: refund.id }, { providerRef: null, status: refusal });
      report[refusal === "SUCCEEDED" ? "succeeded" : "failed"]++;
      console.error(`[payments] refund ${refund.id} refused by the provider`);
    }
  }
  return report;
}

/** A permanent answer from Stripe: "already refunded" means the money is back; other invalid requests will never pass. */
function refusedByProvider(error: unknown): "SUCCEEDED" | "FAILED" | null {
  const cause = error instanceof AppError ? error.cause : error;
  if (!isStripeError(cause) || cause.type !== "StripeInvalidRequestError") return null;
  return cause.code === "charge_already_refunded" ? "SUCCEEDED" : "FAILED";
}
