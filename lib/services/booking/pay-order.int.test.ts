import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverDueOutbox } from "@/lib/services/mail/deliver-outbox";
import { emailOf, expireHold, makeBookingScene, outboxTo, seatStates } from "@/tests/support/booking-factories";
import { createOrderFromHold } from "./checkout";
import { fulfilOrder } from "./fulfil-order";
import { holdSeats } from "./hold-seats";
import { payOrder } from "./pay-order";

async function orderFor(scene: Awaited<ReturnType<typeof makeBookingScene>>, buyer: number, seatLabels: string[]) {
  const userId = scene.buyers[buyer].id;
  const hold = await holdSeats({ showtimeId: scene.showtime.id, userId, seatLabels });
  const order = await createOrderFromHold({ holdId: hold.holdId, userId, idempotencyKey: `order-${hold.holdId}` });
  return { hold, order, userId };
}

describe("payOrder and fulfilOrder", () => {
  it("charges the test provider, sells the seats, issues tickets and e-mails them once", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["A2", "A3"]);
    const result = await payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" });

    expect(result).toMatchObject({ orderId: order.id, reference: order.reference, status: "PAID", refusedSeats: [], refunded: false });
    expect(result.tickets.map((t) => t.seatLabel)).toEqual(["A2", "A3"]);
    for (const t of result.tickets) expect(t.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);

    const paid = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(paid).toMatchObject({ status: "PAID", provider: "TEST", providerPaymentIntentId: expect.stringMatching(/^pi_test_/) });
    expect(paid.paidAt).not.toBeNull();
    expect(paid.payments).toEqual([expect.objectContaining({ provider: "TEST", status: "SUCCEEDED", amountMinor: 1800, currency: "EUR", providerRef: paid.providerPaymentIntentId })]);

    const states = await seatStates(scene.showtime.id);
    expect(states.get("A2")).toMatchObject({ state: "SOLD", holdId: null, heldUntil: null });
    expect(states.get("A3")).toMatchObject({ state: "SOLD", holdId: null, heldUntil: null });
    const tickets = await db.ticket.findMany({ where: { orderId: order.id }, include: { orderItem: true, showtimeSeat: { include: { seat: true } } } });
    expect(tickets).toHaveLength(2);
    for (const t of tickets) {
      expect(t).toMatchObject({ status: "VALID", userId, eventId: scene.film.id, showtimeId: scene.showtime.id });
      expect(t.showtimeSeat?.seat.label).toBe(t.seatLabel);
      expect(t.orderItem?.seatLabel).toBe(t.seatLabel);
    }

    const mails = await outboxTo(scene.buyers[0]);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail).toMatchObject({ template: "tickets", status: "SENT", transport: "MAILBOX", subject: `Your tickets for ${scene.film.title}` });
    const images = mail.attachments.filter((a) => a.contentType === "image/png");
    expect(images).toHaveLength(2);
    for (const t of result.tickets) {
      const image = images.find((a) => a.filename === `ticket-${t.code}.png`)!;
      expect(image.contentId).toBeTruthy();
      expect(mail.html).toContain(`cid:${image.contentId}`);
      expect(Buffer.from(image.contentBase64, "base64").subarray(1, 4).toString()).toBe("PNG");
      expect(mail.html).toContain(t.code);
      expect(mail.text).toContain(t.code);
    }
    expect(mail.html).toContain(scene.film.title);
    expect(mail.html).toContain(scene.hall.name);
    expect(mail.text).toMatch(/\d{2}:\d{2} \(UTC\)/);
    const ics = mail.attachments.filter((a) => a.contentType === "text/calendar");
    expect(ics).toHaveLength(1);
    const calendar = Buffer.from(ics[0].contentBase64, "base64").toString();
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar).toContain(`UID:order-${order.id}@tessera`);
    const start = scene.showtime.startsAt.toISOString().replace(/[-:]/g, "").replace(".000", "");
    expect(calendar).toContain(`DTSTART:${start}`);
    expect(calendar).toMatch(/DTEND:\d{8}T\d{6}Z/);
    expect(calendar).toContain(`SUMMARY:${scene.film.title}`);
    expect(calendar).toContain(`LOCATION:${scene.hall.name}`);
    expect(calendar).toMatch(/END:VCALENDAR\r\n$/);
  });

  it("queues the tickets e-mail with the sale and leaves its rendering to the outbox worker, which sends it once", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["B2"]);
    await payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" });

    const queued = await db.emailOutbox.findMany({ where: { to: emailOf(scene.buyers[0]) } });
    expect(queued).toEqual([expect.objectContaining({ template: "tickets", status: "PENDING", renderOrderId: order.id, html: "", attachments: null })]);

    const [mail] = await outboxTo(scene.buyers[0]);
    expect(mail).toMatchObject({ id: queued[0].id, status: "SENT", transport: "MAILBOX", attempts: 1 });
    expect(mail.html).toContain(scene.film.title);
    expect(mail.attachments.map((a) => a.contentType).sort()).toEqual(["image/png", "text/calendar"]);
    expect(await deliverDueOutbox()).toEqual({ sent: 0, failed: 0 });
    expect(await outboxTo(scene.buyers[0])).toHaveLength(1);
  });

  it("is idempotent: paying or fulfilling again returns the same tickets and sends nothing", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["B3"]);
    const first = await payOrder({ orderId: order.id, userId, paymentMethod: "tok_visa" });
    const again = await fulfilOrder(order.id);
    const paidAgain = await payOrder({ orderId: order.id, userId, paymentMethod: "tok_visa" });
    const racing = await Promise.all([fulfilOrder(order.id), fulfilOrder(order.id)]);
    for (const r of [again, paidAgain, ...racing]) expect(r.tickets).toEqual(first.tickets);
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await outboxTo(scene.buyers[0])).toHaveLength(1);
  });

  it("refunds a second payment for an order already paid", async () => {
    const scene = await makeBookingScene();
    const { order, userId } = await orderFor(scene, 0, ["A1"]);
    await payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" });
    const replay = await fulfilOrder(order.id, { provider: "TEST", providerRef: "pi_test_double_submit", amountMinor: 900, currency: "EUR" });
    expect(replay).toMatchObject({ status: "PAID", refunded: true });
    const payments = await db.payment.findMany({ where: { orderId: order.id }, include: { refunds: true } });
    expect(payments.find((p) => p.providerRef === "pi_test_double_submit")).toMatchObject({ status: "REFUNDED", refunds: [expect.objectContaining({ status: "SUCCEEDED", amountMinor: 900 })] });
    expect(payments.filter((p) => p.status === "SUCCEEDED")).toHaveLength(1);
  });

  it("leaves a declined order PENDING with its seats held and no tickets", async () => {
    const scene = await makeBookingScene();
    const { hold, order, userId } = await orderFor(scene, 0, ["A4", "A5"]);
    await expect(payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_chargeDeclined" })).rejects.toMatchObject({
      status: 402,
      code: "PAYMENT_REQUIRED",
      message: "Your card was declined.",
    });
    await expect(payOrder({ orderId: order.id, userId, paymentMethod: "tok_chargeDeclined" })).rejects.toMatchObject({ status: 402 });
    await expect(payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_bogus" })).rejects.toMatchObject({ status: 400 });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING");
    expect((await seatStates(scene.showtime.id)).get("A4")).toMatchObject({ state: "HELD", holdId: hold.holdId });
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(0);
    // Unpaid orders are never fulfilled.
    await expect(fulfilOrder(order.id)).rejects.toMatchObject({ status: 402 });
    // The buyer can try another card.
    await expect(payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_mastercard" })).resolves.toMatchObject({ status: "PAID" });
  });

  it("fulfils a free order at once, without a provider", async () => {
    const scene = await makeBookingScene();
    await db.showtime.update({ where: { id: scene.showtime.id }, data: { priceMinor: 0 } });
    const { order, userId } = await orderFor(scene, 0, ["B1", "B2"]);
    expect(order.totalMinor).toBe(0);
    const result = await payOrder({ orderId: order.id, userId });
    expect(result.status).toBe("PAID");
    expect(result.tickets).toHaveLength(2);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID", provider: "NONE" });
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(0);
    expect(await outboxTo(scene.buyers[0], "tickets")).toHaveLength(1);
  });

  it("only lets the owner pay", async () => {
    const scene = await makeBookingScene();
    const { order } = await orderFor(scene, 0, ["A1"]);
    await expect(payOrder({ orderId: order.id, userId: scene.buyers[1].id, paymentMethod: "pm_card_visa" })).rejects.toMatchObject({ status: 404 });
  });

  it("honours a payment after the hold expired while the seats are still free", async () => {
    const scene = await makeBookingScene();
    const { hold, order, userId } = await orderFor(scene, 0, ["A1", "A2"]);
    await expireHold(hold.holdId);
    const result = await payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" });
    expect(result.status).toBe("PAID");
    expect(result.tickets.map((t) => t.seatLabel)).toEqual(["A1", "A2"]);
    expect((await seatStates(scene.showtime.id)).get("A1")?.state).toBe("SOLD");
  });

  it("refuses to charge when an expired hold's seat was taken, and refunds a payment that arrives anyway", async () => {
    const scene = await makeBookingScene();
    const { hold, order, userId } = await orderFor(scene, 0, ["A1", "A2"]);
    await expireHold(hold.holdId);
    const other = await orderFor(scene, 1, ["A2", "A3"]);

    await expect(payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("seat A2 is no longer available"),
    });
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(0);

    // The payment was taken elsewhere (a provider webhook) and arrives late.
    const late = await fulfilOrder(order.id, { provider: "TEST", providerRef: "pi_test_late_arrival", amountMinor: order.totalMinor, currency: "EUR" });
    expect(late).toMatchObject({ status: "CANCELLED", tickets: [], refusedSeats: ["A2"], refunded: true });
    const cancelled = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true, refunds: true } });
    expect(cancelled).toMatchObject({ status: "CANCELLED" });
    expect(cancelled.cancelledAt).not.toBeNull();
    expect(cancelled.refundedAt).not.toBeNull();
    expect(cancelled.payments).toEqual([expect.objectContaining({ providerRef: "pi_test_late_arrival", status: "REFUNDED" })]);
    expect(cancelled.refunds).toEqual([expect.objectContaining({ status: "SUCCEEDED", amountMinor: 1800, providerRef: expect.stringMatching(/^re_test_/) })]);
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(0);
    // A1 went back on sale; A2 stays with the other buyer, who can still pay.
    const states = await seatStates(scene.showtime.id);
    expect(states.get("A1")).toMatchObject({ state: "AVAILABLE", holdId: null });
    expect(states.get("A2")).toMatchObject({ state: "HELD", holdId: other.hold.holdId });
    const notice = await outboxTo(scene.buyers[0], "order-refunded");
    expect(notice).toHaveLength(1);
    expect(notice[0].to).toBe(emailOf(scene.buyers[0]));
    expect(notice[0].text).toContain("A2");
    expect(notice[0].text).toMatch(/refunded/);

    // Replaying the webhook changes nothing more.
    await fulfilOrder(order.id, { provider: "TEST", providerRef: "pi_test_late_arrival", amountMinor: order.totalMinor, currency: "EUR" });
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(1);
    await expect(payOrder({ orderId: other.order.id, userId: other.userId, paymentMethod: "pm_card_visa" })).resolves.toMatchObject({ status: "PAID" });
    expect(await db.ticket.count({ where: { showtimeSeat: { showtimeId: scene.showtime.id, seat: { label: "A2" } } } })).toBe(1);
  });

  it("cancels and refunds instead of selling a seat that was sold meanwhile", async () => {
    const scene = await makeBookingScene();
    const { hold, order, userId } = await orderFor(scene, 0, ["B4"]);
    await expireHold(hold.holdId);
    const other = await orderFor(scene, 1, ["B4"]);
    await payOrder({ orderId: other.order.id, userId: other.userId, paymentMethod: "pm_card_visa" });
    const late = await fulfilOrder(order.id, { provider: "TEST", providerRef: "pi_test_too_late", amountMinor: 900, currency: "EUR" });
    expect(late).toMatchObject({ status: "CANCELLED", refusedSeats: ["B4"], refunded: true });
    await expect(payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" })).rejects.toMatchObject({ status: 409 });
    expect(await db.ticket.count({ where: { showtimeId: scene.showtime.id } })).toBe(1);
  });
});
