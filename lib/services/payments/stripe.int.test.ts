// Payments through Stripe, against a loopback fake of Stripe's API (tests/support/fake-stripe.ts)
// with the real SDK: API purchases (PaymentIntents), web checkout (Checkout Sessions), the
// webhook, late payments and refunds.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as buyTicket } from "@/app/api/buyTicket/route";
import { POST as stripeWebhook } from "@/app/api/webhooks/stripe/route";
import { db } from "@/lib/db/client";
import { resetEnv } from "@/lib/env";
import { buyGeneralAdmission } from "@/lib/services/booking/buy-general-admission";
import { createOrderFromHold } from "@/lib/services/booking/checkout";
import { confirmCheckoutReturn } from "@/lib/services/booking/confirm-checkout-return";
import { expireOverdueOrders } from "@/lib/services/booking/expire-orders";
import { holdSeats } from "@/lib/services/booking/hold-seats";
import { payOrder } from "@/lib/services/booking/pay-order";
import { startCheckout } from "@/lib/services/booking/start-checkout";
import { createEvent } from "@/lib/services/events/create-event";
import { api } from "@/tests/support/api";
import { expireHold, makeBookingScene, outboxTo, seatStates } from "@/tests/support/booking-factories";
import { makeFilmShowing, makeUser, tokenFor } from "@/tests/support/factories";
import { startFakeStripe, type FakeStripe } from "@/tests/support/fake-stripe";
import { recordFailedPayment, recordPayment } from "./record-payment";
import { sendPendingRefunds } from "./send-pending-refunds";

let stripe: FakeStripe;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_SECRET_KEY = stripe.secretKey;
  process.env.STRIPE_WEBHOOK_SECRET = stripe.webhookSecret;
  process.env.STRIPE_API_BASE = stripe.url;
  resetEnv();
});
afterEach(() => {
  stripe.failNext(0);
  stripe.refundsPending(false);
});
afterAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  delete process.env.STRIPE_API_BASE;
  resetEnv();
  await stripe.close();
});

async function orderFor(scene: Awaited<ReturnType<typeof makeBookingScene>>, buyer: number, seatLabels: string[]) {
  const userId = scene.buyers[buyer].id;
  const hold = await holdSeats({ showtimeId: scene.showtime.id, userId, seatLabels });
  const order = await createOrderFromHold({ holdId: hold.holdId, userId, idempotencyKey: `order-${hold.holdId}` });
  return { hold, order, userId };
}

const sent = (path: string) => stripe.requests.filter((r) => r.method === "POST" && r.path === path);
const deliver = (event: { body: string; signature: string }, signature = event.signature) =>
  api.post(stripeWebhook, { path: "/api/webhooks/stripe", json: event.body, headers: { "stripe-signature": signature }, ip: "10.77.0.1" });

let day = 1;
async function s1Setup() {
  const date = `2034-03-${String(day++).padStart(2, "0")}`;
  const { film, showtime } = await makeFilmShowing({ startsAt: new Date(`${date}T19:30:00Z`), rows: ["A"], seatsPerRow: 4 });
  const user = await makeUser();
  const token = await tokenFor(user.username);
  return { showtime, headers: { token, date, title: film.title, time: "19:30", number: "A1", username: `${user.username}@example.test` } };
}

describe("API purchases through a Stripe PaymentIntent", () => {
  it("S1 buyTicket creates and confirms a PaymentIntent with the order's amount, metadata and idempotency key", async () => {
    const { showtime, headers } = await s1Setup();
    const res = await api.post(buyTicket, { path: "/api/buyTicket", headers: { ...headers, payment_method: "pm_card_visa" }, ip: "10.77.1.1" });
    expect(res.status).toBe(200);
    const order = await db.order.findFirstOrThrow({ where: { showtimeId: showtime.id }, include: { payments: true } });
    const [request] = sent("/v1/payment_intents").filter((r) => (r.body.metadata as Record<string, string>).orderId === order.id);
    expect(request.authorization).toBe(`Bearer ${stripe.secretKey}`);
    expect(request.body).toMatchObject({ amount: String(order.totalMinor), currency: "eur", payment_method: "pm_card_visa", confirm: "true" });
    expect(request.idempotencyKey).toMatch(new RegExp(`^tessera-order-${order.id}-pi-[0-9a-f]{16}$`));
    expect(order).toMatchObject({ status: "PAID", provider: "STRIPE", providerPaymentIntentId: expect.stringMatching(/^pi_fake/) });
    expect(order.payments).toEqual([expect.objectContaining({ provider: "STRIPE", status: "SUCCEEDED", amountMinor: order.totalMinor, providerRef: order.providerPaymentIntentId })]);
  });

  it("turns a tok_ token into a PaymentMethod first, as Stripe documents", async () => {
    const { headers } = await s1Setup();
    const before = sent("/v1/payment_methods").length;
    const res = await api.post(buyTicket, { path: "/api/buyTicket", headers: { ...headers, payment_method: "tok_visa" }, ip: "10.77.1.2" });
    expect(res.status).toBe(200);
    const [pm] = sent("/v1/payment_methods").slice(before);
    expect(pm.body).toEqual({ type: "card", card: { token: "tok_visa" } });
    expect(sent("/v1/payment_intents").at(-1)!.body.payment_method).toMatch(/^pm_fake/);
  });

  it("a declined card is a 402 with Stripe's message; the seat is free again and nothing is paid", async () => {
    const { showtime, headers } = await s1Setup();
    const res = await api.post(buyTicket, { path: "/api/buyTicket", headers: { ...headers, payment_method: "pm_card_chargeDeclined" }, ip: "10.77.1.3" });
    expect(res.status).toBe(402);
    expect(res.json).toMatchObject({ message: "Payment declined", errors: { payment_method: ["Your card was declined."] } });
    expect((await seatStates(showtime.id)).get("A1")?.state).toBe("AVAILABLE");
    expect(await db.payment.count({ where: { order: { showtimeId: showtime.id } } })).toBe(0);
    expect(await db.ticket.count({ where: { showtimeId: showtime.id } })).toBe(0);
  });

  it("an unknown payment method is a 400; Stripe being down is a 503 that leaks nothing and leaves the order payable", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["A1"]);
    await expect(payOrder({ orderId: order.id, userId, paymentMethod: "pm_bogus" })).rejects.toMatchObject({ status: 400, message: "Unknown payment method" });
    stripe.failNext(1, 500);
    const down = await payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" }).catch((e: unknown) => e);
    expect(down).toMatchObject({ status: 503, message: "The payment service is unavailable. Please try again in a moment." });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING" });
    await expect(payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" })).resolves.toMatchObject({ status: "PAID" });
  });

  it("a double-submitted payment reuses the idempotency key: one PaymentIntent, one payment, one set of tickets", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["B1", "B2"]);
    const intentsBefore = stripe.paymentIntents.size;
    const [a, b] = await Promise.all([
      payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" }),
      payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" }),
    ]);
    expect(a.tickets).toEqual(b.tickets);
    // The second submit reaches Stripe with the same key, or (when the first has already paid) finds the order paid and charges nothing.
    const requests = sent("/v1/payment_intents").filter((r) => (r.body.metadata as Record<string, string>).orderId === order.id);
    expect(requests.length).toBeGreaterThanOrEqual(1);
    expect(new Set(requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(stripe.paymentIntents.size).toBe(intentsBefore + 1);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(2);
    expect(await outboxTo(scene.buyers[0], "tickets")).toHaveLength(1);
  });
});

describe("recording payments", () => {
  it("callers racing with the same provider reference all get the one row, inside transactions too", async () => {
    const scene = await makeBookingScene();
    const { order } = await orderFor(scene, 0, ["A3"]);
    const payment = { provider: "STRIPE" as const, providerRef: `pi_race_${order.id}`, amountMinor: order.totalMinor, currency: "eur" };
    const rows = await Promise.all([
      ...Array.from({ length: 4 }, () => recordPayment(db, order.id, payment)),
      ...Array.from({ length: 4 }, () => db.$transaction((tx) => recordPayment(tx, order.id, payment))),
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1);
    expect(rows[0]).toMatchObject({ status: "SUCCEEDED", currency: "EUR", amountMinor: order.totalMinor });
    expect(await recordFailedPayment(db, order.id, { ...payment, failureCode: "card_declined" })).toMatchObject({ id: rows[0].id, status: "SUCCEEDED" });
  });
});

describe("web checkout through a Stripe Checkout Session", () => {
  it("creates one session per order with the order's lines, amount, metadata and an expiry Stripe accepts", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["A4", "A5"]);
    const first = await startCheckout({ orderId: order.id, userId });
    const again = await startCheckout({ orderId: order.id, userId });
    expect(first).toEqual({ url: expect.stringContaining(`${stripe.url}/checkout/cs_test_fake`), hosted: true });
    expect(again).toEqual(first);
    const row = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    const session = stripe.sessions.get(row.providerCheckoutId!)!;
    expect(session).toMatchObject({ amount_total: order.totalMinor, currency: "eur", client_reference_id: order.id, metadata: { orderId: order.id }, mode: "payment" });
    expect(session.success_url).toBe(`http://localhost:3000/orders/${order.id}?checkout=complete`);
    expect(session.cancel_url).toBe(`http://localhost:3000/orders/${order.id}/pay`);
    expect(session.line_items_sent).toEqual([
      { quantity: "1", price_data: { currency: "eur", unit_amount: "900", product_data: { name: expect.stringContaining("Row A, seat 4") } } },
      { quantity: "1", price_data: { currency: "eur", unit_amount: "900", product_data: { name: expect.stringContaining("Row A, seat 5") } } },
    ]);
    // The hold lasts 10 minutes, Stripe's minimum is 30: the session ends at the earliest time Stripe allows.
    const lifetime = Number(session.expires_at) - Date.now() / 1000;
    expect(lifetime).toBeGreaterThan(30 * 60);
    expect(lifetime).toBeLessThan(40 * 60);
    expect(sent("/v1/checkout/sessions").filter((r) => r.body.client_reference_id === order.id)).toHaveLength(1);
  });

  it("a double-clicked Pay gets the same session from Stripe (same idempotency key)", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["B5"]);
    const [a, b] = await Promise.all([startCheckout({ orderId: order.id, userId }), startCheckout({ orderId: order.id, userId })]);
    expect(a.url).toBe(b.url);
    const requests = sent("/v1/checkout/sessions").filter((r) => r.body.client_reference_id === order.id);
    expect(new Set(requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect([...stripe.sessions.values()].filter((s) => s.client_reference_id === order.id)).toHaveLength(1);
  });

  it("the webhook refuses a bad or missing signature with a 400 and changes nothing", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["A1"]);
    await startCheckout({ orderId: order.id, userId });
    const row = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    const { session } = stripe.completeSession(row.providerCheckoutId!);
    const forged = stripe.event("checkout.session.completed", session, { secret: "whsec_someone_else" });
    expect((await deliver(forged)).status).toBe(400);
    const unsigned = await api.post(stripeWebhook, { path: "/api/webhooks/stripe", json: forged.body, ip: "10.77.0.1" });
    expect(unsigned).toMatchObject({ status: 400, json: { message: "Missing Stripe-Signature header" } });
    const good = stripe.event("checkout.session.completed", session);
    const tampered = good.body.replace(`"amount_total":${order.totalMinor}`, `"amount_total":${order.totalMinor * 10}`);
    expect((await deliver({ body: tampered, signature: good.signature })).json).toMatchObject({ message: "Invalid Stripe signature" });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING" });
    expect(await db.webhookEvent.count({ where: { id: { in: [forged.id, good.id] } } })).toBe(0);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("the webhook is not turned away by the per-IP API limit (Stripe sends a busy sale's events from a few addresses)", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["A4"]);
    await startCheckout({ orderId: order.id, userId });
    const { session } = stripe.completeSession((await db.order.findUniqueOrThrow({ where: { id: order.id } })).providerCheckoutId!);
    const completed = stripe.event("checkout.session.completed", session);
    process.env.RATE_LIMIT_API_PER_MINUTE = "2";
    resetEnv();
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await deliver(completed)).status);
      expect(statuses).toEqual([200, 200, 200, 200]);
      expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID" });
      // Other API requests from that address are still counted.
      const other = async () => (await api.post(buyTicket, { path: "/api/buyTicket", ip: "10.77.0.1" })).status;
      expect([await other(), await other(), await other()]).toContain(429);
    } finally {
      process.env.RATE_LIMIT_API_PER_MINUTE = "100000";
      resetEnv();
    }
  });

  it("checkout.session.completed fulfils once: replays and the PaymentIntent's own event give the same tickets and one e-mail", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["A2", "A3"]);
    await startCheckout({ orderId: order.id, userId });
    const { session, paymentIntent } = stripe.completeSession((await db.order.findUniqueOrThrow({ where: { id: order.id } })).providerCheckoutId!);
    const completed = stripe.event("checkout.session.completed", session);
    const first = await deliver(completed);
    expect(first).toMatchObject({ status: 200, json: { received: true, id: completed.id, duplicate: false } });
    const paid = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { tickets: true, payments: true } });
    expect(paid).toMatchObject({ status: "PAID", provider: "STRIPE", providerPaymentIntentId: paymentIntent.id });
    expect(paid.tickets.map((t) => t.seatLabel).sort()).toEqual(["A2", "A3"]);

    expect((await deliver(completed)).json).toMatchObject({ duplicate: true });
    expect((await deliver(stripe.event("payment_intent.succeeded", paymentIntent))).json).toMatchObject({ duplicate: false });
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { tickets: true, payments: true } });
    expect(after.tickets.map((t) => t.id).sort()).toEqual(paid.tickets.map((t) => t.id).sort());
    expect(after.payments).toHaveLength(1);
    expect(await outboxTo(scene.buyers[0], "tickets")).toHaveLength(1);
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.webhookEvent.findUnique({ where: { id: completed.id } })).toMatchObject({ provider: "STRIPE", type: "checkout.session.completed" });
  });

  it("the buyer's return from Checkout settles a paid session before the webhook, and the webhook then changes nothing", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["B2"]);
    await startCheckout({ orderId: order.id, userId });
    expect(await confirmCheckoutReturn({ orderId: order.id, userId })).toEqual({ status: "PENDING" });
    const { session } = stripe.completeSession((await db.order.findUniqueOrThrow({ where: { id: order.id } })).providerCheckoutId!);
    await expect(confirmCheckoutReturn({ orderId: order.id, userId: scene.buyers[1].id })).rejects.toMatchObject({ status: 404 });
    expect(await confirmCheckoutReturn({ orderId: order.id, userId })).toEqual({ status: "PAID" });
    expect(await startCheckout({ orderId: order.id, userId })).toEqual({ url: `/orders/${order.id}`, hosted: false });
    await deliver(stripe.event("checkout.session.completed", session));
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(1);
    expect(await outboxTo(scene.buyers[0], "tickets")).toHaveLength(1);
  });

  it("out-of-order events: a failure after the success changes nothing, a success after a failure pays", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["B3"]);
    await startCheckout({ orderId: order.id, userId });
    const { session, paymentIntent } = stripe.completeSession((await db.order.findUniqueOrThrow({ where: { id: order.id } })).providerCheckoutId!);
    const failed = { ...paymentIntent, status: "requires_payment_method", last_payment_error: { code: "card_declined", decline_code: "generic_decline" } };
    expect((await deliver(stripe.event("payment_intent.payment_failed", failed))).status).toBe(200);
    expect(await db.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "FAILED", failureCode: "generic_decline" });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING" });

    await deliver(stripe.event("payment_intent.succeeded", paymentIntent));
    await deliver(stripe.event("payment_intent.payment_failed", failed));
    await deliver(stripe.event("checkout.session.completed", session));
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID" });
    expect(await db.payment.findMany({ where: { orderId: order.id } })).toEqual([expect.objectContaining({ status: "SUCCEEDED", failureCode: null })]);
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(1);
    expect(await outboxTo(scene.buyers[0], "tickets")).toHaveLength(1);
  });

  it("a late payment whose seats were sold meanwhile is refunded at Stripe, once, and the refund settles", async () => {
    const scene = await makeBookingScene();
    const { order, hold, userId } = await orderFor(scene, 0, ["A1"]);
    await startCheckout({ orderId: order.id, userId });
    await expireHold(hold.holdId);
    const rival = await orderFor(scene, 1, ["A1"]);
    await payOrder({ orderId: rival.order.id, userId: rival.userId, paymentMethod: "pm_card_visa" });

    const { paymentIntent } = stripe.completeSession((await db.order.findUniqueOrThrow({ where: { id: order.id } })).providerCheckoutId!);
    const succeeded = stripe.event("payment_intent.succeeded", paymentIntent);
    expect((await deliver(succeeded)).status).toBe(200);
    const cancelled = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true, payments: true, tickets: true } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", refundedAt: expect.any(Date), tickets: [] });
    expect(cancelled.refunds).toEqual([expect.objectContaining({ status: "SUCCEEDED", amountMinor: order.totalMinor, providerRef: expect.stringMatching(/^re_fake/) })]);
    expect(cancelled.payments).toEqual([expect.objectContaining({ status: "REFUNDED" })]);
    const refundCall = sent("/v1/refunds").find((r) => r.body.payment_intent === paymentIntent.id)!;
    expect(refundCall.body).toMatchObject({ amount: String(order.totalMinor), metadata: { refundId: cancelled.refunds[0].id, orderId: order.id } });
    expect(refundCall.idempotencyKey).toBe(`tessera-refund-${cancelled.refunds[0].id}`);
    expect((await seatStates(scene.showtime.id)).get("A1")?.state).toBe("SOLD");
    expect(await outboxTo(scene.buyers[0], "order-refunded")).toHaveLength(1);

    // Replayed under a new event id (Stripe resends) and the session's own event: no second refund.
    await deliver(stripe.event("payment_intent.succeeded", paymentIntent));
    await deliver(stripe.event("checkout.session.completed", stripe.sessions.get(cancelled.providerCheckoutId!)));
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(1);
    expect(sent("/v1/refunds").filter((r) => r.body.payment_intent === paymentIntent.id)).toHaveLength(1);
    expect(await outboxTo(scene.buyers[0], "order-refunded")).toHaveLength(1);
  });

  it("a refund Stripe cannot take now stays PENDING and is sent later; a pending refund settles by its webhook", async () => {
    const scene = await makeBookingScene();
    const { order, hold, userId } = await orderFor(scene, 0, ["B4"]);
    await startCheckout({ orderId: order.id, userId });
    await expireHold(hold.holdId);
    const rival = await orderFor(scene, 1, ["B4"]);
    await payOrder({ orderId: rival.order.id, userId: rival.userId, paymentMethod: "pm_card_visa" });
    const { paymentIntent } = stripe.completeSession((await db.order.findUniqueOrThrow({ where: { id: order.id } })).providerCheckoutId!);

    stripe.failNext(1, 503);
    expect((await deliver(stripe.event("payment_intent.succeeded", paymentIntent))).status).toBe(200);
    const waiting = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(waiting).toMatchObject({ status: "PENDING", providerRef: null });

    stripe.refundsPending(true);
    expect(await sendPendingRefunds({ orderId: order.id })).toEqual({ succeeded: 0, pending: 1, failed: 0, deferred: 0 });
    const sentRefund = await db.refund.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(sentRefund).toMatchObject({ status: "PENDING", providerRef: expect.stringMatching(/^re_fake/) });
    expect(await sendPendingRefunds({ orderId: order.id })).toEqual({ succeeded: 0, pending: 0, failed: 0, deferred: 0 });

    const refund = { ...stripe.refunds.get(sentRefund.providerRef!)!, status: "succeeded" };
    const updated = stripe.event("refund.updated", refund);
    expect((await deliver(updated)).status).toBe(200);
    expect(await db.refund.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "SUCCEEDED" });
    expect(await db.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "REFUNDED" });
    // A stale "pending" arriving after the success does not undo it.
    await deliver(stripe.event("refund.created", { ...refund, status: "pending" }));
    expect(await db.refund.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "SUCCEEDED" });
  });
});

describe("a refund made in Stripe's dashboard", () => {
  it("voids a paid order once refunds no longer leave it paid: tickets cancelled, seats free, the buyer told once; a partial refund changes nothing", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["B1", "B2"]);
    const paid = await payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" });
    expect(paid.status).toBe("PAID");
    const { providerPaymentIntentId: intent } = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    const dashboardRefund = (id: string, amount: number, status: string) => ({ id, object: "refund", amount, currency: "eur", payment_intent: intent, status, metadata: {} });

    // Part of the money back: the order stays paid, the tickets stay good.
    expect((await deliver(stripe.event("charge.refunded", { id: "ch_dash", object: "charge", refunds: { data: [dashboardRefund("re_dash_part", 100, "succeeded")] } }))).status).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID" });
    expect(await db.ticket.count({ where: { orderId: order.id, status: "VALID" } })).toBe(2);
    expect(await db.refund.findMany({ where: { orderId: order.id }, select: { amountMinor: true, reason: true, status: true } })).toEqual([
      { amountMinor: 100, reason: "Refunded at Stripe", status: "SUCCEEDED" },
    ]);

    // The rest: pending first (nothing yet), then succeeded.
    const rest = dashboardRefund("re_dash_rest", order.totalMinor - 100, "pending");
    expect((await deliver(stripe.event("refund.created", rest))).status).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID" });
    const settled = stripe.event("refund.updated", { ...rest, status: "succeeded" });
    expect((await deliver(settled)).status).toBe(200);

    const voided = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { tickets: true, payments: true } });
    expect(voided).toMatchObject({ status: "REFUNDED", refundedAt: expect.any(Date), cancelledAt: expect.any(Date) });
    expect(voided.payments.map((p) => p.status)).toEqual(["REFUNDED"]);
    expect(voided.tickets.map((t) => [t.status, t.showtimeSeatId])).toEqual([
      ["CANCELLED", null],
      ["CANCELLED", null],
    ]);
    const seats = await seatStates(scene.showtime.id);
    expect([seats.get("B1")?.state, seats.get("B2")?.state]).toEqual(["AVAILABLE", "AVAILABLE"]);
    const notices = await outboxTo(scene.buyers[0], "order-refunded");
    expect(notices).toHaveLength(1);
    expect(notices[0].subject).toBe(`Your order ${order.reference} was refunded`);
    expect(notices[0].text).toContain("2 tickets are no longer valid");

    // Stripe sends it again under another event id: nothing changes twice.
    expect((await deliver(stripe.event("refund.updated", { ...rest, status: "succeeded" }))).status).toBe(200);
    expect(await outboxTo(scene.buyers[0], "order-refunded")).toHaveLength(1);
    // The seats can be sold again.
    const again = await orderFor(scene, 1, ["B1", "B2"]);
    expect((await payOrder({ orderId: again.order.id, userId: again.userId, paymentMethod: "pm_card_visa" })).status).toBe("PAID");
  });

  it("gives a general-admission place back when its paid order is refunded in full at Stripe", async () => {
    const organizer = await makeUser("ORGANIZER");
    const event = await createEvent({ title: "Refunded talk", startsAt: new Date(Date.now() + 30 * 86_400_000), capacity: 1, priceMinor: 1500, currency: "EUR" }, organizer.id);
    const [first, second] = await Promise.all([makeUser(), makeUser()]);
    const bought = await buyGeneralAdmission({ eventId: event.id, userId: first.id, paymentMethod: "pm_card_visa" });
    expect(bought.status).toBe("PAID");
    await expect(buyGeneralAdmission({ eventId: event.id, userId: second.id, paymentMethod: "pm_card_visa" })).rejects.toMatchObject({ status: 409 });

    const { providerPaymentIntentId: intent } = await db.order.findUniqueOrThrow({ where: { id: bought.orderId } });
    const refund = { id: "re_dash_ga", object: "refund", amount: 1500, currency: "eur", payment_intent: intent, status: "succeeded", metadata: {} };
    expect((await deliver(stripe.event("refund.created", refund))).status).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: bought.orderId } })).toMatchObject({ status: "REFUNDED" });
    expect(await db.registration.findFirstOrThrow({ where: { eventId: event.id, userId: first.id } })).toMatchObject({ status: "CANCELLED" });
    expect(await db.ticket.findFirstOrThrow({ where: { orderId: bought.orderId } })).toMatchObject({ status: "CANCELLED" });
    // The place is free again.
    await expect(buyGeneralAdmission({ eventId: event.id, userId: second.id, paymentMethod: "pm_card_visa" })).resolves.toMatchObject({ status: "PAID" });
  });
});

describe("order expiry", () => {
  it("marks overdue PENDING orders EXPIRED once and closes their Stripe Checkout Session", async () => {
    const scene = await makeBookingScene();
    const { order, hold, userId } = await orderFor(scene, 0, ["A1"]);
    const live = await orderFor(scene, 1, ["A2"]);
    await startCheckout({ orderId: order.id, userId });
    const { providerCheckoutId } = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    await expireHold(hold.holdId);

    const first = await expireOverdueOrders();
    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "EXPIRED" });
    expect(await db.order.findUniqueOrThrow({ where: { id: live.order.id } })).toMatchObject({ status: "PENDING" });
    expect(stripe.sessions.get(providerCheckoutId!)).toMatchObject({ status: "expired" });
    expect(sent(`/v1/checkout/sessions/${providerCheckoutId}/expire`)).toHaveLength(1);

    const [again, racing] = await Promise.all([expireOverdueOrders(), expireOverdueOrders()]);
    expect(again.expired + racing.expired).toBe(0);
    expect(sent(`/v1/checkout/sessions/${providerCheckoutId}/expire`)).toHaveLength(1);
  });
});
