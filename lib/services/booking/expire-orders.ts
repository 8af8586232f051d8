import "server-only";
import { db } from "@/lib/db/client";
import { expireStripeCheckoutSession } from "@/lib/services/payments/stripe-checkout";
import { stripeEnabled } from "@/lib/services/payments/stripe-client";

/**
 * Marks PENDING orders whose hold has run out as EXPIRED, so pages and
 * dashboards show what the seat rules already mean (an expired hold's seats
 * are free; the order can still be paid while they stay free). One UPDATE:
 * concurrent runs each change a row at most once. Afterwards, outside any
 * transaction, the Stripe Checkout Sessions of those orders are closed so
 * they cannot be paid late (best effort: a payment that still arrives is
 * honoured if the seats are free, else refunded).
 */
export async function expireOverdueOrders(now = new Date()): Promise<{ expired: number; sessionsClosed: number }> {
  const rows = await db.$queryRaw<{ id: string; checkoutId: string | null }[]>`
    UPDATE orders SET status = 'EXPIRED', updated_at = now()
    WHERE status = 'PENDING' AND expires_at IS NOT NULL AND expires_at <= ${now}
    RETURNING id, provider_checkout_id AS "checkoutId"`;
  let sessionsClosed = 0;
  if (stripeEnabled()) {
    for (const row of rows) {
      if (!row.checkoutId) continue;
      try {
        if ((await expireStripeCheckoutSession(row.checkoutId)) === "expired") sessionsClosed++;
      } catch (error) {
        console.warn(`[booking] could not close the checkout of order ${row.id}:`, error instanceof Error ? error.message : error);
      }
    }
  }
  return { expired: rows.length, sessionsClosed };
}
