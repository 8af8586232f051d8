import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { fulfilOrder } from "@/lib/services/booking/fulfil-order";
import { recordPayment } from "./record-payment";
import type { PaymentRecord } from "./types";

/**
 * A payment Stripe took (its webhook, or the buyer's return from Checkout):
 * on record first, so it is never lost, then the order fulfilled, or
 * refunded if its seats are gone. Both steps are idempotent, so however many
 * times and in whatever order Stripe's news arrives, tickets and e-mails go
 * out once.
 */
export async function settleStripePayment(orderId: string, payment: PaymentRecord) {
  if (!(await db.order.findUnique({ where: { id: orderId }, select: { id: true } }))) {
    console.warn(`[stripe] payment ${payment.providerRef} names an unknown order`);
    return null;
  }
  await recordPayment(db, orderId, payment);
  try {
    return await fulfilOrder(orderId, payment);
  } catch (error) {
    // Less money than the order's total: on record for a person to look at; retrying would not change it.
    if (error instanceof AppError && error.code === "PAYMENT_REQUIRED") {
      console.error(`[stripe] payment ${payment.providerRef} does not cover order ${orderId}`);
      return null;
    }
    throw error;
  }
}
