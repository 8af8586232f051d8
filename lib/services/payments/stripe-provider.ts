import "server-only";
import { createHash } from "node:crypto";
import type Stripe from "stripe";
import { AppError, badRequest } from "@/lib/http/errors";
import { parseBookingInput, testChargeSchema } from "@/lib/validation/booking";
import { getStripe, stripeFailure } from "./stripe-client";
import type { ChargeRequest, ChargeResult, PaymentProvider, RefundRequest, RefundResult } from "./types";

const digest = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 16);

/**
 * Charges through a PaymentIntent created and confirmed in one call (API
 * purchases: S1, S2). A `tok_*` token is first turned into a card
 * PaymentMethod, as Stripe documents for legacy tokens. The idempotency key
 * comes from the caller's (the order) plus the card, so a retried or
 * double-submitted purchase gets the same PaymentIntent back instead of a
 * second charge, while another card on the same order is a new attempt.
 */
export async function chargeWithStripe(request: ChargeRequest): Promise<ChargeResult> {
  // The same amount, currency and method rules as the test provider.
  const { amountMinor, currency, paymentMethod } = parseBookingInput(testChargeSchema, request);
  const key = request.idempotencyKey ? `${request.idempotencyKey}-pi-${digest(`${paymentMethod}|${amountMinor}|${currency}`)}` : undefined;
  const stripe = getStripe();
  let intent: Stripe.PaymentIntent;
  try {
    let method = paymentMethod;
    if (method.startsWith("tok_")) {
      const created = await stripe.paymentMethods.create({ type: "card", card: { token: method } }, key ? { idempotencyKey: `${key}-pm` } : undefined);
      method = created.id;
    }
    intent = await stripe.paymentIntents.create(
      {
        amount: amountMinor,
        currency,
        payment_method: method,
        // An API client cannot follow a redirect: only methods that complete without one.
        automatic_payment_methods: { enabled: true, allow_redirects: "never" },
        confirm: true,
        description: request.description?.slice(0, 1000),
        metadata: request.orderId ? { orderId: request.orderId } : {},
      },
      key ? { idempotencyKey: key } : undefined,
    );
  } catch (error) {
    throw stripeFailure(error, "charge");
  }
  if (intent.status === "succeeded") return { id: intent.id, status: "succeeded" };
  if (intent.status === "processing") {
    // The webhook (payment_intent.succeeded) completes the order if it still can; else it refunds.
    throw new AppError("PAYMENT_REQUIRED", "Your payment is still processing. Your tickets will be e-mailed if it completes.");
  }
  // requires_action (3-D Secure) and the like cannot be completed by an API client: let go of the attempt.
  await stripe.paymentIntents.cancel(intent.id).catch((error) => console.warn("[stripe] could not cancel an unfinished payment:", stripeFailure(error, "cancel").message));
  throw new AppError(
    "PAYMENT_REQUIRED",
    intent.status === "requires_action"
      ? "This card needs extra authentication (3-D Secure), which this purchase cannot do. Please use another card."
      : (intent.last_payment_error?.message ?? "Your card was declined."),
  );
}

/** Refunds a PaymentIntent in full or part, idempotently; Stripe's answer may still be pending (its webhook confirms). */
export async function refundWithStripe(request: RefundRequest): Promise<RefundResult> {
  if (!request.providerRef || request.amountMinor <= 0) throw badRequest("Nothing to refund");
  const metadata: Record<string, string> = {};
  if (request.refundId) metadata.refundId = request.refundId;
  if (request.orderId) metadata.orderId = request.orderId;
  if (request.reason) metadata.reason = request.reason.slice(0, 500);
  try {
    const refund = await getStripe().refunds.create(
      { payment_intent: request.providerRef, amount: request.amountMinor, reason: "requested_by_customer", metadata },
      request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : undefined,
    );
    return { id: refund.id, status: refundStatus(refund.status) };
  } catch (error) {
    throw stripeFailure(error, "refund");
  }
}

/** Stripe's refund states on our three. */
export function refundStatus(status: string | null | undefined): RefundResult["status"] {
  if (status === "succeeded") return "succeeded";
  if (status === "failed" || status === "canceled") return "failed";
  return "pending";
}

export const stripePaymentProvider: PaymentProvider = {
  name: "STRIPE",
  settlesInProcess: false,
  charge: chargeWithStripe,
  refund: refundWithStripe,
};
