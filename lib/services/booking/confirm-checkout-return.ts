import "server-only";
import { db } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/http/errors";
import { retrieveStripeCheckoutSession } from "@/lib/services/payments/stripe-checkout";
import { stripeEnabled } from "@/lib/services/payments/stripe-client";
import { settleStripePayment } from "@/lib/services/payments/settle-stripe-payment";
import { parseBookingInput, startCheckoutSchema, type StartCheckoutInput } from "@/lib/validation/booking";

/**
 * The buyer is back from Stripe Checkout: asks Stripe about the order's
 * session and, when it is paid, settles the payment as the webhook would
 * (Stripe recommends fulfilling on both; both paths are idempotent), so the
 * buyer is not kept waiting on a slow or missing webhook. Returns the
 * order's status for the "payment processing" page.
 */
export async function confirmCheckoutReturn(input: StartCheckoutInput): Promise<{ status: OrderStatus }> {
  const data = parseBookingInput(startCheckoutSchema, input);
  const order = await db.order.findFirst({ where: { id: data.orderId, userId: data.userId }, select: { id: true, status: true, providerCheckoutId: true } });
  if (!order) throw notFound("Order");
  if ((order.status !== "PENDING" && order.status !== "EXPIRED") || !order.providerCheckoutId || !stripeEnabled()) return { status: order.status };
  const session = await retrieveStripeCheckoutSession(order.providerCheckoutId);
  if (session.status === "complete" && session.paymentStatus === "paid" && session.paymentIntentId) {
    await settleStripePayment(order.id, {
      provider: "STRIPE",
      providerRef: session.paymentIntentId,
      amountMinor: session.amountTotal ?? 0,
      currency: session.currency ?? "eur",
    });
  }
  const now = await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } });
  return { status: now.status };
}
