// Paid general-admission places: a reservation counts against capacity while
// it is live; a payment that arrives after it ran out is honoured while a
// place is free, and refunded (order cancelled, nobody registered) when not.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/services/events/create-event";
import { makeUser, uniq } from "@/tests/support/factories";
import { buyGeneralAdmission, reserveGeneralAdmission } from "./buy-general-admission";
import { payOrder } from "./pay-order";

const inAMonth = () => new Date(Date.now() + 30 * 86_400_000);

async function paidEvent(capacity: number) {
  const organizer = await makeUser("ORGANIZER");
  return createEvent({ title: uniq("Paid"), startsAt: inAMonth(), capacity, priceMinor: 1000, currency: "EUR" }, organizer.id);
}
const runOut = (orderId: string) => db.order.update({ where: { id: orderId }, data: { expiresAt: new Date(Date.now() - 1000) } });

describe("paid general-admission places", () => {
  it("holds the place for a live reservation: others get 409 until it runs out", async () => {
    const event = await paidEvent(1);
    const [a, b] = await Promise.all([makeUser(), makeUser()]);
    const { order } = await reserveGeneralAdmission({ eventId: event.id, userId: a.id });
    await expect(buyGeneralAdmission({ eventId: event.id, userId: b.id, paymentMethod: "tok_visa" })).rejects.toMatchObject({ status: 409 });
    await runOut(order.id);
    await expect(buyGeneralAdmission({ eventId: event.id, userId: b.id, paymentMethod: "tok_visa" })).resolves.toMatchObject({ status: "PAID" });
  });

  it("honours a late payment while a place is free", async () => {
    const event = await paidEvent(1);
    const a = await makeUser();
    const { order } = await reserveGeneralAdmission({ eventId: event.id, userId: a.id });
    await runOut(order.id);
    const result = await payOrder({ orderId: order.id, userId: a.id, paymentMethod: "tok_visa" });
    expect(result).toMatchObject({ status: "PAID", tickets: [expect.objectContaining({ status: "VALID" })] });
    expect(await db.registration.findFirst({ where: { eventId: event.id, userId: a.id }, select: { status: true } })).toEqual({ status: "REGISTERED" });
  });

  it("refunds a late payment when the place went to someone else, registering nobody", async () => {
    const event = await paidEvent(1);
    const [a, b] = await Promise.all([makeUser(), makeUser()]);
    const { order } = await reserveGeneralAdmission({ eventId: event.id, userId: a.id });
    await runOut(order.id);
    await buyGeneralAdmission({ eventId: event.id, userId: b.id, paymentMethod: "tok_visa" });
    await expect(payOrder({ orderId: order.id, userId: a.id, paymentMethod: "tok_visa" })).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/refunded/) });
    const late = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true, tickets: true } });
    expect(late).toMatchObject({ status: "CANCELLED", tickets: [] });
    expect(late.refunds).toHaveLength(1);
    expect(await db.registration.count({ where: { eventId: event.id, status: "REGISTERED" } })).toBe(1);
  });
});
