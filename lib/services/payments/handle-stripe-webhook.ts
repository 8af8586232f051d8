import "server-only";
import Stripe from "stripe";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, badRequest } from "@/lib/http/errors";
import { recordFailedPayment } from "./record-payment";
import { settleStripePayment as settlePayment } from "./settle-stripe-payment";
import { settleStripeRefund } from "./settle-stripe-refund";

export type WebhookReceipt = { received: true; id: string; type: string; duplicate: boolean };

const uuid = z.uuid();
const orderIdOf = (...candidates: (string | null | undefined)[]) => candidates.find((c): c is string => Boolean(c && uuid.safeParse(c).success)) ?? null;
const idOf = (ref: string | { id: string } | null | undefined) => (typeof ref === "string" ? ref : (ref?.id ?? null));

/**
 * Stripe's webhook: verifies the signature on the raw body (400 and nothing
 * changes when it is missing or wrong), applies each event id once (a replay
 * is acknowledged and changes nothing), and treats every event as possibly
 * late or out of order: payments go through recordPayment + fulfilOrder, both
 * idempotent, so a second "succeeded" never issues tickets or e-mails twice,
 * and one for an order already cancelled or refunded is refunded instead.
 * The event is written as processed after its effects, so a failure (a 5xx)
 * makes Stripe deliver it again.
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookReceipt> {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new AppError("UNAVAILABLE", "Stripe webhooks are not configured");
  if (!signature) throw badRequest("Missing Stripe-Signature header");
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    throw badRequest("Invalid Stripe signature");
  }
  const seen = await db.webhookEvent.findUnique({ where: { id: event.id }, select: { id: true } });
  if (seen) return { received: true, id: event.id, type: event.type, duplicate: true };
  await applyEvent(event);
  await db.webhookEvent.createMany({ data: [{ id: event.id, provider: "STRIPE", type: event.type.slice(0, 120) }], skipDuplicates: true });
  return { received: true, id: event.id, type: event.type, duplicate: false };
}

async function applyEvent(event: Stripe.Event) {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      // "unpaid" on completion means a delayed method: its async_payment_succeeded follows.
      if (session.payment_status !== "paid") return;
      const orderId = orderIdOf(session.metadata?.orderId, session.client_reference_id);
      const intentId = idOf(session.payment_intent);
      if (!orderId || !intentId) return;
      return settlePayment(orderId, { provider: "STRIPE", providerRef: intentId, amountMinor: session.amount_total ?? 0, currency: session.currency ?? "eur" });
    }
    case "payment_intent.succeeded": {
      const intent = event.data.object;
      const orderId = orderIdOf(intent.metadata?.orderId);
      if (!orderId) return;
      return settlePayment(orderId, { provider: "STRIPE", providerRef: intent.id, amountMinor: intent.amount_received || intent.amount, currency: intent.currency });
    }
    case "payment_intent.payment_failed": {
      const intent = event.data.object;
      const orderId = orderIdOf(intent.metadata?.orderId);
      if (!orderId || !(await db.order.findUnique({ where: { id: orderId }, select: { id: true } }))) return;
      const failureCode = intent.last_payment_error?.decline_code ?? intent.last_payment_error?.code ?? null;
      await recordFailedPayment(db, orderId, { provider: "STRIPE", providerRef: intent.id, amountMinor: intent.amount, currency: intent.currency, failureCode });
      return;
    }
    case "checkout.session.expired": {
      const session = event.data.object;
      const orderId = orderIdOf(session.metadata?.orderId, session.client_reference_id);
      if (!orderId) return;
      // Only the order's current session, and only once its hold is over: a newer session may be open.
      await db.order.updateMany({
        where: { id: orderId, status: "PENDING", providerCheckoutId: session.id, expiresAt: { lte: new Date() } },
        data: { status: "EXPIRED" },
      });
      return;
    }
    case "refund.created":
    case "refund.updated":
    case "refund.failed":
    case "charge.refund.updated":
      await settleStripeRefund(event.data.object);
      return;
    case "charge.refunded": {
      const charge = event.data.object;
      for (const refund of charge.refunds?.data ?? []) await settleStripeRefund(refund);
      return;
    }
    default:
      return;
  }
}

