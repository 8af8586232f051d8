import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { testPaymentProvider } from "@/lib/services/payments/test-provider";
import type { PaymentProvider } from "@/lib/services/payments/types";
import { emailOf, makeBookingScene, seatStates, soldConsistently } from "@/tests/support/booking-factories";
import { buySeatsTogether, purchaseOnItsWay, type PurchaseOutcome } from "./buy-seats-together";
import type { FulfilmentResult } from "./fulfil-order";
import { holdSeats } from "./hold-seats";
import { payOrder } from "./pay-order";

// Purchases started in the same turn of the event loop (Promise.all over
// direct calls) go in one group: one transaction decides them all, in
// arrival order. Each test checks what that transaction left in the database.

type Scene = Awaited<ReturnType<typeof makeBookingScene>>;

/** A purchase by `scene.buyers[buyer]`: named seats, or a number of best available seats. */
function buy(scene: Scene, buyer: number, seats: string[] | number, options: { paymentMethod?: string | null; provider?: PaymentProvider } = {}) {
  const paymentMethod = options.paymentMethod === undefined ? "pm_card_visa" : (options.paymentMethod ?? undefined);
  return buySeatsTogether({
    showtimeId: scene.showtime.id,
    userId: scene.buyers[buyer].id,
    ...(typeof seats === "number" ? { seatLabels: [], bestAvailable: seats } : { seatLabels: seats }),
    paymentMethod,
    provider: options.provider ?? testPaymentProvider,
  });
}

function soldOf(result: PromiseSettledResult<PurchaseOutcome>): FulfilmentResult {
  if (result.status === "rejected") throw new Error(`expected a sale, got a refusal: ${String(result.reason)}`);
  if (!("sold" in result.value)) throw new Error(`expected a sale, got ${JSON.stringify(result.value)}`);
  return result.value.sold;
}

function refusalOf(result: PromiseSettledResult<PurchaseOutcome>): AppError {
  if (result.status === "fulfilled") throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  expect(result.reason).toBeInstanceOf(AppError);
  return result.reason as AppError;
}

const labelsOf = (sold: FulfilmentResult) => sold.tickets.map((t) => t.seatLabel);

/** What a buyer has on the showtime: orders (with payments and tickets) and holds. */
async function leftBy(scene: Scene, buyer: number) {
  const where = { showtimeId: scene.showtime.id, userId: scene.buyers[buyer].id };
  const [orders, holds, tickets] = await Promise.all([
    db.order.findMany({ where, include: { payments: true }, orderBy: { createdAt: "asc" } }),
    db.seatHold.findMany({ where }),
    db.ticket.findMany({ where, select: { seatLabel: true, orderId: true, code: true } }),
  ]);
  return { orders, holds, tickets };
}

/** Adjacent seats of one row ("B2", "B3"). */
function expectAdjacent(labels: (string | null)[]) {
  const seats = labels.map((l) => ({ row: l!.slice(0, 1), n: Number(l!.slice(1)) })).sort((a, b) => a.n - b.n);
  expect(new Set(seats.map((s) => s.row)).size).toBe(1);
  seats.forEach((s, i) => expect(s.n).toBe(seats[0].n + i));
}

/** Stands for Stripe: a charge is a network call, so the group must leave it to the caller. */
function networkProvider(): PaymentProvider & { calls: number } {
  const provider = {
    name: "STRIPE" as const,
    settlesInProcess: false,
    calls: 0,
    charge: async () => {
      provider.calls++;
      throw new Error("must not be called");
    },
    refund: async () => {
      provider.calls++;
      throw new Error("must not be called");
    },
  };
  return provider;
}

/** The transaction that wrote each order (its xmin): the orders of one group share it. */
async function writtenBy(orderIds: string[]) {
  const rows = await db.$queryRaw<{ id: string; xmin: string }[]>`SELECT id::text AS id, xmin::text AS xmin FROM orders WHERE id = ANY(${orderIds}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r.xmin]));
}

/**
 * Runs `purchases` while another transaction takes seat `label` for
 * `scene.buyers[otherBuyer]`: it locks the seat first, lets the group read it
 * free, and once the group waits for that lock (or is over), holds the seat
 * and commits. `waited`: the group's write waited for the seat.
 */
async function withSeatTakenMeanwhile<T>(scene: Scene, label: string, otherBuyer: number, purchases: () => Promise<T>) {
  const seat = await db.showtimeSeat.findFirstOrThrow({ where: { showtimeId: scene.showtime.id, seat: { label } } });
  const heldUntil = new Date(Date.now() + 10 * 60_000);
  let running: Promise<T> | undefined;
  let waited = false;
  const hold = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM showtime_seats WHERE id = ${seat.id}::uuid FOR UPDATE`;
    let over = false;
    running = purchases().finally(() => (over = true));
    for (let i = 0; !over; i++) {
      const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if ((waited = waiting > 0)) break;
      if (i > 400) throw new Error("the group neither waited for the seat nor ended");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const taken = await tx.seatHold.create({ data: { showtimeId: scene.showtime.id, userId: scene.buyers[otherBuyer].id, expiresAt: heldUntil } });
    await tx.showtimeSeat.update({ where: { id: seat.id }, data: { state: "HELD", holdId: taken.id, heldUntil } });
    return taken;
  });
  return { results: await running!, hold, waited };
}

describe("buySeatsTogether", () => {
  it("gives a seat two buyers name at once to the first, refuses the other with a 409, and sells the rest of the group", async () => {
    const scene = await makeBookingScene({ buyers: 3 });
    const results = await Promise.allSettled([buy(scene, 0, ["A1"]), buy(scene, 1, ["A1"]), buy(scene, 2, ["B3", "B4"])]);

    const first = soldOf(results[0]);
    expect(first).toMatchObject({ status: "PAID", refusedSeats: [], refunded: false });
    expect(labelsOf(first)).toEqual(["A1"]);
    expect(refusalOf(results[1])).toMatchObject({ code: "CONFLICT", status: 409, message: "Seat A1 is no longer available" });
    expect(labelsOf(soldOf(results[2]))).toEqual(["B3", "B4"]);

    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1", "B3", "B4"]);
    const winner = await leftBy(scene, 0);
    expect(winner.orders).toEqual([expect.objectContaining({ id: first.orderId, reference: first.reference, status: "PAID", totalMinor: 900, currency: "EUR", provider: "TEST" })]);
    expect(winner.orders[0].payments).toEqual([expect.objectContaining({ provider: "TEST", status: "SUCCEEDED", amountMinor: 900 })]);
    expect(winner.tickets).toEqual([{ seatLabel: "A1", orderId: first.orderId, code: first.tickets[0].code }]);
    // The winner's hold ended with the sale.
    expect(winner.holds).toHaveLength(1);
    expect(winner.holds[0].releasedAt).not.toBeNull();

    const loser = await leftBy(scene, 1);
    expect(loser).toEqual({ orders: [], holds: [], tickets: [] });

    const third = await leftBy(scene, 2);
    expect(third.orders).toEqual([expect.objectContaining({ status: "PAID", totalMinor: 1800 })]);
    // One group, one transaction: both sales were written by the same one.
    const writers = await writtenBy([first.orderId, third.orders[0].id]);
    expect(writers.get(first.orderId)).toBeDefined();
    expect(writers.get(third.orders[0].id)).toBe(writers.get(first.orderId));
    const states = await seatStates(scene.showtime.id);
    expect(states.get("A1")).toMatchObject({ state: "SOLD", holdId: null, heldUntil: null });
    expect(states.get("A2")).toMatchObject({ state: "AVAILABLE", holdId: null });
  });

  it("gives best-available purchases disjoint blocks of adjacent seats, and refuses the one the showtime cannot fill", async () => {
    const scene = await makeBookingScene({ rows: ["A", "B", "C"], seatsPerRow: 4, buyers: 4 });
    const results = await Promise.allSettled([buy(scene, 0, 4), buy(scene, 1, 4), buy(scene, 2, 2), buy(scene, 3, 4)]);

    const blocks = results.slice(0, 3).map((r) => labelsOf(soldOf(r)));
    // Middle row first, then the nearer of the other two (further back on a tie), the centre of a row first.
    expect(blocks).toEqual([
      ["B1", "B2", "B3", "B4"],
      ["C1", "C2", "C3", "C4"],
      ["A2", "A3"],
    ]);
    for (const block of blocks) expectAdjacent(block);
    expect(refusalOf(results[3])).toMatchObject({ code: "CONFLICT", status: 409, message: "Only 2 seats are still available" });

    const sold = await soldConsistently(scene.showtime.id);
    expect(sold).toEqual(blocks.flat().sort());
    expect(await leftBy(scene, 3)).toEqual({ orders: [], holds: [], tickets: [] });
    const states = await seatStates(scene.showtime.id);
    expect(states.get("A1")).toMatchObject({ state: "AVAILABLE", holdId: null });
    expect(states.get("A4")).toMatchObject({ state: "AVAILABLE", holdId: null });
    expect(await db.order.count({ where: { showtimeId: scene.showtime.id } })).toBe(3);
  });

  it("refuses a purchase arriving while a group runs for a seat that group sold, and one that wants more seats than remain", async () => {
    const scene = await makeBookingScene({ rows: ["A"], seatsPerRow: 3, buyers: 3 });
    const first = buy(scene, 0, ["A1", "A2"]);
    // One turn later: the group of the first purchase is under way, so these wait for the next one.
    await new Promise((resolve) => setImmediate(resolve));
    const results = await Promise.allSettled([first, buy(scene, 1, ["A2"]), buy(scene, 2, 2)]);

    expect(labelsOf(soldOf(results[0]))).toEqual(["A1", "A2"]);
    expect(refusalOf(results[1])).toMatchObject({ status: 409, message: "Seat A2 is no longer available" });
    expect(refusalOf(results[2])).toMatchObject({ status: 409, message: "Only 1 seat is still available" });
    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1", "A2"]);
    expect(await leftBy(scene, 1)).toEqual({ orders: [], holds: [], tickets: [] });
    expect(await leftBy(scene, 2)).toEqual({ orders: [], holds: [], tickets: [] });
    expect((await seatStates(scene.showtime.id)).get("A3")).toMatchObject({ state: "AVAILABLE", holdId: null });
  });

  it("cancels the order of a declined card with its hold released and its seat free, and sells the rest of the group", async () => {
    const scene = await makeBookingScene({ buyers: 3 });
    const results = await Promise.allSettled([
      buy(scene, 0, ["A1"]),
      buy(scene, 1, ["A2"], { paymentMethod: "pm_card_chargeDeclined" }),
      buy(scene, 2, ["A3"]),
    ]);

    expect(labelsOf(soldOf(results[0]))).toEqual(["A1"]);
    expect(refusalOf(results[1])).toMatchObject({ code: "PAYMENT_REQUIRED", status: 402, message: "Your card was declined." });
    expect(labelsOf(soldOf(results[2]))).toEqual(["A3"]);

    const declined = await leftBy(scene, 1);
    expect(declined.orders).toEqual([expect.objectContaining({ status: "CANCELLED", totalMinor: 900, paidAt: null, provider: "NONE", payments: [] })]);
    expect(declined.orders[0].cancelledAt).not.toBeNull();
    expect(declined.holds).toHaveLength(1);
    expect(declined.orders[0].holdId).toBe(declined.holds[0].id);
    expect(declined.holds[0].releasedAt).not.toBeNull();
    expect(declined.tickets).toEqual([]);

    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1", "A3"]);
    expect((await seatStates(scene.showtime.id)).get("A2")).toMatchObject({ state: "AVAILABLE", holdId: null, heldUntil: null });
    expect(await db.order.count({ where: { showtimeId: scene.showtime.id, status: "PAID" } })).toBe(2);
  });

  it("refuses with a 400 only the purchase whose payment cannot be tried, writing nothing for it", async () => {
    const scene = await makeBookingScene({ buyers: 4 });
    const results = await Promise.allSettled([
      buy(scene, 0, ["A1"]),
      buy(scene, 1, ["A2"], { paymentMethod: "pm_nope" }),
      buy(scene, 2, ["A3"], { paymentMethod: null }),
      buy(scene, 3, ["A4"]),
    ]);

    expect(labelsOf(soldOf(results[0]))).toEqual(["A1"]);
    expect(refusalOf(results[1])).toMatchObject({ code: "BAD_REQUEST", status: 400, message: "Unknown test payment method" });
    expect(refusalOf(results[2])).toMatchObject({ code: "BAD_REQUEST", status: 400, message: "A payment method is required" });
    expect(labelsOf(soldOf(results[3]))).toEqual(["A4"]);

    expect(await leftBy(scene, 1)).toEqual({ orders: [], holds: [], tickets: [] });
    expect(await leftBy(scene, 2)).toEqual({ orders: [], holds: [], tickets: [] });
    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1", "A4"]);
    const states = await seatStates(scene.showtime.id);
    expect(states.get("A2")).toMatchObject({ state: "AVAILABLE", holdId: null });
    expect(states.get("A3")).toMatchObject({ state: "AVAILABLE", holdId: null });
  });

  it("refuses an unknown seat with a 400 and a disabled one with a 409, alone in their group", async () => {
    const scene = await makeBookingScene({ buyers: 3 });
    await db.seat.updateMany({ where: { auditoriumId: scene.hall.id, label: "B5" }, data: { isDisabled: true } });
    const results = await Promise.allSettled([buy(scene, 0, ["A1", "Z9"]), buy(scene, 1, ["B5"]), buy(scene, 2, ["A1"])]);

    expect(refusalOf(results[0])).toMatchObject({ code: "BAD_REQUEST", status: 400, message: "Seat not found: Z9" });
    expect(refusalOf(results[1])).toMatchObject({ code: "CONFLICT", status: 409, message: "Seat B5 is not for sale" });
    // A1 was not given to the refused first purchase.
    expect(labelsOf(soldOf(results[2]))).toEqual(["A1"]);
    expect(await leftBy(scene, 0)).toEqual({ orders: [], holds: [], tickets: [] });
    expect(await leftBy(scene, 1)).toEqual({ orders: [], holds: [], tickets: [] });
    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1"]);
  });

  // Suspected bug: the early refusal before a later group (unsoldSeen) takes a seat that does not exist for a sold one.
  // The same purchase alone, or in the first group, is refused 400 "Seat not found: Z9" (the test above).
  it("refuses an unknown seat with a 400 in a later group too", async () => {
    const scene = await makeBookingScene({ buyers: 1 });
    // The buyer's second purchase waits for the next group.
    const results = await Promise.allSettled([buy(scene, 0, ["A1"]), buy(scene, 0, ["Z9"])]);
    expect(labelsOf(soldOf(results[0]))).toEqual(["A1"]);
    expect(refusalOf(results[1])).toMatchObject({ code: "BAD_REQUEST", status: 400, message: "Seat not found: Z9" });
  });

  it("sells both purchases a buyer makes at once, as two orders", async () => {
    const scene = await makeBookingScene({ buyers: 1 });
    const results = await Promise.allSettled([buy(scene, 0, ["A1"]), buy(scene, 0, ["B4", "B5"])]);
    const [first, second] = results.map(soldOf);
    expect(labelsOf(first)).toEqual(["A1"]);
    expect(labelsOf(second)).toEqual(["B4", "B5"]);
    expect(first.orderId).not.toBe(second.orderId);
    // The second went in a group (a transaction) of its own, after the first.
    const writers = await writtenBy([first.orderId, second.orderId]);
    expect(writers.size).toBe(2);
    expect(writers.get(second.orderId)).not.toBe(writers.get(first.orderId));

    const mine = await leftBy(scene, 0);
    expect(mine.orders.map((o) => ({ id: o.id, status: o.status, totalMinor: o.totalMinor })).sort((a, b) => a.totalMinor - b.totalMinor)).toEqual([
      { id: first.orderId, status: "PAID", totalMinor: 900 },
      { id: second.orderId, status: "PAID", totalMinor: 1800 },
    ]);
    expect(mine.holds).toHaveLength(2);
    expect(mine.holds.every((h) => h.releasedAt !== null)).toBe(true);
    expect(mine.tickets).toHaveLength(3);
    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1", "B4", "B5"]);
  });

  it("puts a buyer's second purchase in the next group, behind other buyers who asked after it", async () => {
    const scene = await makeBookingScene({ buyers: 2 });
    // Arrival: buyer 0 wants A2, buyer 0 wants A1, buyer 1 wants A1. The first group is buyer 0's A2 and buyer 1's A1.
    const results = await Promise.allSettled([buy(scene, 0, ["A2"]), buy(scene, 0, ["A1"]), buy(scene, 1, ["A1"])]);
    expect(labelsOf(soldOf(results[0]))).toEqual(["A2"]);
    expect(refusalOf(results[1])).toMatchObject({ status: 409, message: "Seat A1 is no longer available" });
    const other = soldOf(results[2]);
    expect(labelsOf(other)).toEqual(["A1"]);

    expect((await leftBy(scene, 0)).orders).toHaveLength(1);
    expect(await db.ticket.findFirstOrThrow({ where: { showtimeId: scene.showtime.id, seatLabel: "A1" } })).toMatchObject({
      userId: scene.buyers[1].id,
      orderId: other.orderId,
    });
    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1", "A2"]);
  });

  it("leaves a paid purchase to a provider that does not settle in process: a PENDING order with its seats held", async () => {
    const scene = await makeBookingScene({ buyers: 2 });
    const stripe = networkProvider();
    const before = Date.now();
    const results = await Promise.allSettled([buy(scene, 0, ["A2", "A1"], { provider: stripe }), buy(scene, 1, ["B1"])]);

    if (results[0].status === "rejected") throw results[0].reason;
    const outcome = results[0].value;
    if (!("ordered" in outcome)) throw new Error(`expected an order, got ${JSON.stringify(outcome)}`);
    const { ordered } = outcome;
    expect(ordered).toMatchObject({ totalMinor: 1800, currency: "EUR" });
    expect(stripe.calls).toBe(0);
    expect(labelsOf(soldOf(results[1]))).toEqual(["B1"]);

    const mine = await leftBy(scene, 0);
    expect(mine.orders).toEqual([
      expect.objectContaining({ id: ordered.id, reference: ordered.reference, status: "PENDING", holdId: ordered.holdId, totalMinor: 1800, paidAt: null, payments: [] }),
    ]);
    expect(mine.tickets).toEqual([]);
    expect(mine.holds).toEqual([expect.objectContaining({ id: ordered.holdId, releasedAt: null })]);
    const minutes = (mine.holds[0].expiresAt.getTime() - before) / 60_000;
    expect(minutes).toBeGreaterThan(9.9);
    expect(minutes).toBeLessThan(10.1);
    const items = await db.orderItem.findMany({ where: { orderId: ordered.id }, select: { seatLabel: true, unitPriceMinor: true }, orderBy: { seatLabel: "asc" } });
    expect(items).toEqual([
      { seatLabel: "A1", unitPriceMinor: 900 },
      { seatLabel: "A2", unitPriceMinor: 900 },
    ]);

    const states = await seatStates(scene.showtime.id);
    for (const label of ["A1", "A2"]) {
      const seat = states.get(label)!;
      expect(seat).toMatchObject({ state: "HELD", holdId: ordered.holdId });
      expect(seat.heldUntil!.getTime()).toBeGreaterThan(Date.now());
    }
    expect(await soldConsistently(scene.showtime.id)).toEqual(["B1"]);
    expect(await db.emailOutbox.count({ where: { to: emailOf(scene.buyers[0]) } })).toBe(0);

    // The caller pays it afterwards (buyS1Tickets: chargeAndFulfil); the order written is one payOrder accepts.
    const paid = await payOrder({ orderId: ordered.id, userId: scene.buyers[0].id, paymentMethod: "pm_card_visa" });
    expect(paid).toMatchObject({ orderId: ordered.id, status: "PAID" });
    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1", "A2", "B1"]);
  });

  it("sells a free purchase at once whatever the provider, without a payment", async () => {
    const scene = await makeBookingScene({ buyers: 1 });
    await db.showtime.update({ where: { id: scene.showtime.id }, data: { priceMinor: 0 } });
    const stripe = networkProvider();
    const outcome = await buy(scene, 0, 2, { provider: stripe, paymentMethod: null });
    if (!("sold" in outcome)) throw new Error(`expected a sale, got ${JSON.stringify(outcome)}`);
    expect(labelsOf(outcome.sold)).toEqual(["B2", "B3"]);
    expect(stripe.calls).toBe(0);
    expect((await leftBy(scene, 0)).orders).toEqual([expect.objectContaining({ status: "PAID", totalMinor: 0, provider: "NONE", payments: [] })]);
    expect(await soldConsistently(scene.showtime.id)).toEqual(["B2", "B3"]);
  });

  it("counts the buyer's own live hold as free, and ends that hold: its other seats go back on sale", async () => {
    const scene = await makeBookingScene({ buyers: 2 });
    const earlier = await holdSeats({ showtimeId: scene.showtime.id, userId: scene.buyers[0].id, seatLabels: ["A1", "A2"] });
    // Another buyer, first in the group, cannot take a seat of that hold.
    const results = await Promise.allSettled([buy(scene, 1, ["A1"]), buy(scene, 0, ["A1"])]);
    expect(refusalOf(results[0])).toMatchObject({ status: 409, message: "Seat A1 is no longer available" });
    expect(labelsOf(soldOf(results[1]))).toEqual(["A1"]);

    expect((await db.seatHold.findUniqueOrThrow({ where: { id: earlier.holdId } })).releasedAt).not.toBeNull();
    const states = await seatStates(scene.showtime.id);
    expect(states.get("A1")).toMatchObject({ state: "SOLD", holdId: null });
    expect(states.get("A2")).toMatchObject({ state: "AVAILABLE", holdId: null, heldUntil: null });
    expect([...states.values()].filter((s) => s.holdId === earlier.holdId)).toEqual([]);
    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1"]);
    expect(await leftBy(scene, 1)).toEqual({ orders: [], holds: [], tickets: [] });
  });

  it("keeps the buyer's earlier hold when the purchase is refused", async () => {
    const scene = await makeBookingScene({ buyers: 2 });
    const earlier = await holdSeats({ showtimeId: scene.showtime.id, userId: scene.buyers[0].id, seatLabels: ["A1"] });
    const results = await Promise.allSettled([buy(scene, 1, ["B1"]), buy(scene, 0, ["B1", "A1"])]);
    expect(labelsOf(soldOf(results[0]))).toEqual(["B1"]);
    expect(refusalOf(results[1])).toMatchObject({ status: 409, message: "Seat B1 is no longer available" });
    expect((await db.seatHold.findUniqueOrThrow({ where: { id: earlier.holdId } })).releasedAt).toBeNull();
    expect((await seatStates(scene.showtime.id)).get("A1")).toMatchObject({ state: "HELD", holdId: earlier.holdId });
  });

  it("keeps the buyer's earlier hold when the card is declined", async () => {
    const scene = await makeBookingScene({ buyers: 1 });
    const earlier = await holdSeats({ showtimeId: scene.showtime.id, userId: scene.buyers[0].id, seatLabels: ["A1", "A2"] });
    const [result] = await Promise.allSettled([buy(scene, 0, ["A1"], { paymentMethod: "pm_card_chargeDeclined" })]);
    expect(refusalOf(result)).toMatchObject({ code: "PAYMENT_REQUIRED", status: 402 });
    expect((await db.seatHold.findUniqueOrThrow({ where: { id: earlier.holdId } })).releasedAt).toBeNull();
    const states = await seatStates(scene.showtime.id);
    expect(states.get("A1")).toMatchObject({ state: "HELD", holdId: earlier.holdId });
    expect(states.get("A2")).toMatchObject({ state: "HELD", holdId: earlier.holdId });
  });

  it("refuses every purchase of a group for a cancelled or started showtime with the same error, writing nothing", async () => {
    const cancelled = await makeBookingScene({ buyers: 3 });
    await db.showtime.update({ where: { id: cancelled.showtime.id }, data: { status: "CANCELLED" } });
    const started = await makeBookingScene({ buyers: 3 });
    await db.showtime.update({ where: { id: started.showtime.id }, data: { startsAt: new Date(Date.now() - 60_000) } });

    for (const [scene, message] of [
      [cancelled, "This showtime was cancelled"],
      [started, "This showtime has already started"],
    ] as const) {
      const results = await Promise.allSettled([buy(scene, 0, ["A1"]), buy(scene, 1, 2), buy(scene, 2, ["B1"], { paymentMethod: "pm_card_chargeDeclined" })]);
      const refusals = results.map(refusalOf);
      for (const refusal of refusals) expect(refusal).toMatchObject({ code: "CONFLICT", status: 409, message });
      expect(refusals[1]).toBe(refusals[0]);
      expect(refusals[2]).toBe(refusals[0]);

      const showtimeId = scene.showtime.id;
      expect(await db.order.count({ where: { showtimeId } })).toBe(0);
      expect(await db.seatHold.count({ where: { showtimeId } })).toBe(0);
      expect(await db.ticket.count({ where: { showtimeId } })).toBe(0);
      expect(await db.showtimeSeat.count({ where: { showtimeId, state: { not: "AVAILABLE" } } })).toBe(0);
      expect(await db.emailOutbox.count({ where: { to: { in: scene.buyers.map(emailOf) } } })).toBe(0);
    }
  });

  it("queues one tickets e-mail per PAID order, for the outbox worker to render", async () => {
    const scene = await makeBookingScene({ buyers: 4 });
    const results = await Promise.allSettled([
      buy(scene, 0, ["A1"]),
      buy(scene, 1, ["A2", "A3"]),
      buy(scene, 2, ["A4"], { paymentMethod: "pm_card_chargeDeclined" }),
      buy(scene, 3, ["A5"], { provider: networkProvider() }),
    ]);
    const paid = [soldOf(results[0]), soldOf(results[1])];
    expect(refusalOf(results[2])).toMatchObject({ status: 402 });
    expect(results[3]).toMatchObject({ status: "fulfilled", value: { ordered: expect.objectContaining({ totalMinor: 900 }) } });

    const orderIds = (await db.order.findMany({ where: { showtimeId: scene.showtime.id }, select: { id: true } })).map((o) => o.id);
    expect(orderIds).toHaveLength(4);
    const mails = await db.emailOutbox.findMany({ where: { renderOrderId: { in: orderIds } } });
    expect(mails).toHaveLength(2);
    for (const [i, sold] of paid.entries()) {
      const mine = mails.filter((m) => m.renderOrderId === sold.orderId);
      expect(mine).toEqual([
        expect.objectContaining({ to: emailOf(scene.buyers[i]), template: "tickets", subject: `Your tickets for ${scene.film.title}`, status: "PENDING", html: "", text: "" }),
      ]);
    }
    expect(await db.emailOutbox.count({ where: { to: { in: [emailOf(scene.buyers[2]), emailOf(scene.buyers[3])] } } })).toBe(0);
  });

  it("runs the group again from a fresh read when another transaction takes a seat it gave out: best available gets others", async () => {
    const scene = await makeBookingScene({ buyers: 3 });
    // B2 and B3 are the best pair (middle of the back row); buyer 2 takes B2 elsewhere while the group decides.
    const { results, hold, waited } = await withSeatTakenMeanwhile(scene, "B2", 2, () => Promise.allSettled([buy(scene, 0, 2), buy(scene, 1, ["A1"])]));
    expect(waited).toBe(true);

    expect(labelsOf(soldOf(results[0]))).toEqual(["B3", "B4"]);
    expect(labelsOf(soldOf(results[1]))).toEqual(["A1"]);
    expect((await seatStates(scene.showtime.id)).get("B2")).toMatchObject({ state: "HELD", holdId: hold.id });
    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1", "B3", "B4"]);
    // Only the run that succeeded left anything: two orders, their payments and e-mails, once.
    const orders = await db.order.findMany({ where: { showtimeId: scene.showtime.id }, include: { payments: true } });
    expect(orders.map((o) => ({ status: o.status, payments: o.payments.length })).sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { status: "PAID", payments: 1 },
      { status: "PAID", payments: 1 },
    ]);
    expect(await db.emailOutbox.count({ where: { renderOrderId: { in: orders.map((o) => o.id) } } })).toBe(2);
    expect(await db.seatHold.count({ where: { showtimeId: scene.showtime.id } })).toBe(3);
  });

  it("runs the group again from a fresh read when another transaction takes a seat it gave out: a purchase naming it is refused", async () => {
    const scene = await makeBookingScene({ buyers: 3 });
    const { results, waited } = await withSeatTakenMeanwhile(scene, "B2", 2, () => Promise.allSettled([buy(scene, 1, ["B2", "A5"]), buy(scene, 0, ["A1"])]));
    expect(waited).toBe(true);

    expect(refusalOf(results[0])).toMatchObject({ code: "CONFLICT", status: 409, message: "Seat B2 is no longer available" });
    expect(labelsOf(soldOf(results[1]))).toEqual(["A1"]);
    expect(await leftBy(scene, 1)).toEqual({ orders: [], holds: [], tickets: [] });
    expect(await soldConsistently(scene.showtime.id)).toEqual(["A1"]);
    expect((await seatStates(scene.showtime.id)).get("A5")).toMatchObject({ state: "AVAILABLE", holdId: null });
    expect(await db.order.count({ where: { showtimeId: scene.showtime.id } })).toBe(1);
  });

  it("waits for a purchase on its way before starting a group, but only a moment", async () => {
    const scene = await makeBookingScene({ buyers: 3 });
    const joined = purchaseOnItsWay();
    const first = buy(scene, 0, ["A1"]);
    // One turn later the line is ready to start its group (without a purchase on its way, a purchase now would wait for the next one).
    await new Promise((resolve) => setImmediate(resolve));
    const second = buy(scene, 1, ["A2"]);
    joined();
    const [a, b] = (await Promise.allSettled([first, second])).map(soldOf);
    expect([labelsOf(a), labelsOf(b)]).toEqual([["A1"], ["A2"]]);
    const writers = await writtenBy([a.orderId, b.orderId]);
    expect(writers.get(a.orderId)).toBeDefined();
    expect(writers.get(b.orderId)).toBe(writers.get(a.orderId));

    // A purchase announced that never arrives holds the line up ARRIVAL_WAIT_MS (250 ms), not longer.
    const never = purchaseOnItsWay();
    try {
      const started = performance.now();
      const c = await buy(scene, 2, ["A3"]);
      const waited = performance.now() - started;
      expect("sold" in c && labelsOf(c.sold)).toEqual(["A3"]);
      expect(waited).toBeGreaterThanOrEqual(240);
      expect(waited).toBeLessThan(1_500);
    } finally {
      never();
    }
  });

  it("waits only for the purchases on their way when the line was ready, not for those announced after", async () => {
    const scene = await makeBookingScene({ buyers: 1 });
    const early = purchaseOnItsWay();
    const first = buy(scene, 0, ["A1"]);
    // The line is ready and waits for `early`; `late` comes after (steady traffic: there is always another on its way).
    await new Promise((resolve) => setImmediate(resolve));
    const late = purchaseOnItsWay();
    try {
      const started = performance.now();
      early();
      const sold = await first;
      expect("sold" in sold && labelsOf(sold.sold)).toEqual(["A1"]);
      // Waiting for `late` too would have taken ARRIVAL_WAIT_MS (250 ms).
      expect(performance.now() - started).toBeLessThan(200);
    } finally {
      late();
    }
  });

  it("30 buyers at once for overlapping seats of a 10-seat showtime: no seat sold twice, every refusal a 409", { timeout: 60_000 }, async () => {
    const scene = await makeBookingScene({ buyers: 30 });
    const labels = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5"];
    const wants = scene.buyers.map((_, i) => (i % 3 === 2 ? 1 + (i % 2) : [labels[(i * 7) % 10], labels[(i * 3 + 1) % 10]].filter((l, j, all) => all.indexOf(l) === j)));
    const results = await Promise.allSettled(wants.map((w, i) => buy(scene, i, w)));

    const won = results.flatMap((r) => (r.status === "fulfilled" && "sold" in r.value ? [r.value.sold] : []));
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as AppError);
    expect(won.length + refused.length).toBe(30);
    for (const error of refused) expect(error).toMatchObject({ status: 409 });
    // The first buyer is first in line: it gets what it named.
    expect(labelsOf(won[0]).sort()).toEqual([...(wants[0] as string[])].sort());

    const soldLabels = won.flatMap(labelsOf);
    expect(new Set(soldLabels).size).toBe(soldLabels.length);
    expect(await soldConsistently(scene.showtime.id)).toEqual([...soldLabels].sort());
    expect(await db.order.count({ where: { showtimeId: scene.showtime.id, status: "PAID" } })).toBe(won.length);
    expect(await db.order.count({ where: { showtimeId: scene.showtime.id } })).toBe(won.length);
    expect(await db.seatHold.count({ where: { showtimeId: scene.showtime.id, releasedAt: null } })).toBe(0);
  });
});
