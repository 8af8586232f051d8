import "server-only";
import type Stripe from "stripe";
import { getStripe, isStripeError, stripeFailure } from "./stripe-client";

/** Stripe lets a Checkout Session live from 30 minutes to 24 hours. */
const MIN_LIFETIME_MS = 30 * 60_000;
const MAX_LIFETIME_MS = 24 * 60 * 60_000;
/** Slack for clock skew between us and Stripe, and a grid so a double click computes the same time. */
const SLACK_MS = 2 * 60_000;
const GRID_MS = 5 * 60_000;

/**
 * When a Checkout Session for a hold ending at `holdExpiresAt` should end:
 * with the hold where Stripe allows it, else at Stripe's 30-minute minimum
 * (rounded up to a 5-minute grid, so two clicks a moment apart ask for the
 * same time and Stripe's idempotency key matches). The order-expiry worker
 * expires the session at Stripe when the hold runs out before that; a payment
 * that still gets through is honoured if the seats are free, else refunded.
 */
export function checkoutExpiry(holdExpiresAt: Date | null, now = new Date()): Date {
  const earliest = Math.ceil((now.getTime() + MIN_LIFETIME_MS + SLACK_MS) / GRID_MS) * GRID_MS;
  const latest = now.getTime() + MAX_LIFETIME_MS - SLACK_MS;
  const wanted = holdExpiresAt?.getTime() ?? earliest;
  return new Date(Math.min(Math.max(wanted, earliest), latest));
}

export type CheckoutSessionRequest = {
  orderId: string;
  reference: string;
  currency: string;
  lines: { name: string; unitPriceMinor: number }[];
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  customerEmail?: string;
  idempotencyKey: string;
};

export type CheckoutSessionView = {
  id: string;
  url: string | null;
  status: "open" | "complete" | "expired" | null;
  paymentStatus: string;
  paymentIntentId: string | null;
  amountTotal: number | null;
  currency: string | null;
};

/** A hosted Stripe Checkout page for an order; metadata.orderId on the session and its PaymentIntent lets the webhook find the order. */
export async function createStripeCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSessionView> {
  try {
    const session = await getStripe().checkout.sessions.create(
      {
        mode: "payment",
        line_items: request.lines.map((line) => ({
          quantity: 1,
          price_data: { currency: request.currency.toLowerCase(), unit_amount: line.unitPriceMinor, product_data: { name: line.name.slice(0, 250) } },
        })),
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
        expires_at: Math.floor(request.expiresAt.getTime() / 1000),
        client_reference_id: request.orderId,
        customer_email: request.customerEmail,
        metadata: { orderId: request.orderId, reference: request.reference },
        payment_intent_data: { metadata: { orderId: request.orderId, reference: request.reference }, description: `Tessera order ${request.reference}` },
      },
      { idempotencyKey: request.idempotencyKey },
    );
    return view(session);
  } catch (error) {
    throw stripeFailure(error, "checkout");
  }
}

export async function retrieveStripeCheckoutSession(id: string): Promise<CheckoutSessionView> {
  try {
    return view(await getStripe().checkout.sessions.retrieve(id));
  } catch (error) {
    throw stripeFailure(error, "checkout lookup");
  }
}

/** Closes an open Checkout Session so it can no longer be paid; one that is already complete or expired is left as it is. */
export async function expireStripeCheckoutSession(id: string): Promise<"expired" | "not-open"> {
  try {
    await getStripe().checkout.sessions.expire(id);
    return "expired";
  } catch (error) {
    if (isStripeError(error) && error.type === "StripeInvalidRequestError") return "not-open";
    throw stripeFailure(error, "checkout expiry");
  }
}

function view(session: Stripe.Checkout.Session): CheckoutSessionView {
  const known = ["open", "complete", "expired"] as const;
  const status = known.find((s) => s === session.status) ?? null;
  const intent = session.payment_intent;
  return {
    id: session.id,
    url: session.url,
    status,
    paymentStatus: session.payment_status,
    paymentIntentId: typeof intent === "string" ? intent : (intent?.id ?? null),
    amountTotal: session.amount_total,
    currency: session.currency,
  };
}
