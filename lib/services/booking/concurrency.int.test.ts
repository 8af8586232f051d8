import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { makeBookingScene, soldConsistently } from "@/tests/support/booking-factories";
import { createOrderFromHold } from "./checkout";
import { fulfilOrder } from "./fulfil-order";
import { holdSeats } from "./hold-seats";
import { payOrder } from "./pay-order";

// Many buyers at once for the same few seats: whatever the interleaving, no
// seat is sold twice and every loser hears a 409, never a 500.

const LABELS = Array.from({ length: 20 }, (_, i) => `${i < 10 ? "A" : "B"}${(i % 10) + 1}`);

function randomSeats(): string[] {
  const count = 1 + Math.floor(Math.random() * 4);
  const picked = new Set<string>();
  while (picked.size < count) picked.add(LABELS[Math.floor(Math.random() * LABELS.length)]);
  return [...picked];
}

type Attempt = { ok: true; seats: string[]; orderId: string } | { ok: false; stage: string; status: number; message: string };

describe("selling seats under concurrency", () => {
  it("40 buyers racing for overlapping seats of a 20-seat showtime never share a seat", { timeout: 120_000 }, async () => {
    const { showtime, buyers } = await makeBookingScene({ rows: ["A", "B"], seatsPerRow: 10, buyers: 40 });

    const attempts: Attempt[] = await Promise.all(
      buyers.map(async (buyer, i): Promise<Attempt> => {
        const seats = randomSeats();
        let stage = "hold";
        try {
          const hold = await holdSeats({ showtimeId: showtime.id, userId: buyer.id, seatLabels: seats });
          stage = "order";
          const order = await createOrderFromHold({ holdId: hold.holdId, userId: buyer.id, idempotencyKey: `race-${i}` });
          stage = "pay";
          await payOrder({ orderId: order.id, userId: buyer.id, paymentMethod: "pm_card_visa" });
          return { ok: true, seats, orderId: order.id };
        } catch (error) {
          if (error instanceof AppError) return { ok: false, stage, status: error.status, message: error.message };
          return { ok: false, stage, status: 500, message: String(error) };
        }
      }),
    );

    const won = attempts.filter((a) => a.ok);
    const lost = attempts.filter((a) => !a.ok);
    // Every refusal is a 409 that names a seat.
    expect(lost.filter((a) => a.status !== 409)).toEqual([]);
    for (const a of lost) expect(a.message).toMatch(/Seats? [AB]\d+/);
    expect(won.length).toBeGreaterThan(0);

    // Sold seats = tickets = paid items (soldConsistently), one per seat won.
    const sold = await soldConsistently(showtime.id);
    const wonSeats = won.flatMap((a) => a.seats);
    expect(new Set(wonSeats).size).toBe(wonSeats.length);
    expect(sold).toHaveLength(wonSeats.length);
    expect(sold.length).toBeLessThanOrEqual(20);
    expect(await db.order.count({ where: { showtimeId: showtime.id, status: "PAID" } })).toBe(won.length);
    expect(await db.emailOutbox.count({ where: { to: { in: buyers.map((b) => `${b.username}@example.test`) }, template: "tickets" } })).toBe(won.length);
    console.log(`[concurrency] 40 buyers: ${won.length} bought ${sold.length} seats, ${lost.length} refused with 409 (by stage: ${JSON.stringify(countBy(lost.map((a) => a.stage)))})`);
  });

  it("30 concurrent best-available requests for 2 seats fill a 20-seat showtime exactly", { timeout: 120_000 }, async () => {
    const { showtime, buyers } = await makeBookingScene({ rows: ["A", "B"], seatsPerRow: 10, buyers: 30 });
    const results = await Promise.allSettled(buyers.map((buyer) => holdSeats({ showtimeId: showtime.id, userId: buyer.id, bestAvailable: 2 })));
    const held = results.filter((r) => r.status === "fulfilled").map((r) => r.value);
    const refused = results.filter((r) => r.status === "rejected").map((r) => r.reason as AppError);
    expect(held).toHaveLength(10);
    expect(refused).toHaveLength(20);
    for (const error of refused) expect(error).toMatchObject({ status: 409 });
    const labels = held.flatMap((h) => h.seats.map((s) => s.label));
    expect(new Set(labels).size).toBe(20);
    // Every pair is two adjacent seats of one row.
    for (const h of held) {
      const [a, b] = h.seats.map((s) => ({ row: s.label[0], n: Number(s.label.slice(1)) }));
      expect(a.row).toBe(b.row);
      expect(Math.abs(a.n - b.n)).toBe(1);
    }
    const rows = await db.showtimeSeat.findMany({ where: { showtimeId: showtime.id }, select: { state: true, holdId: true } });
    expect(rows.every((r) => r.state === "HELD")).toBe(true);
    expect(new Set(rows.map((r) => r.holdId)).size).toBe(10);
    console.log(`[concurrency] 30 best-available requests of 2: ${held.length} held, ${refused.length} refused with 409`);
  });

  it("buyers racing again after every hold expired still never share a seat", { timeout: 120_000 }, async () => {
    const { showtime, buyers } = await makeBookingScene({ rows: ["A", "B"], seatsPerRow: 10, buyers: 24 });
    // Half the buyers hold and abandon; their holds expire; then everyone races, half paying late.
    const first = await Promise.allSettled(buyers.slice(0, 12).map((b) => holdSeats({ showtimeId: showtime.id, userId: b.id, seatLabels: randomSeats() })));
    const orders = await Promise.all(
      first.map((r, i) => (r.status === "fulfilled" ? createOrderFromHold({ holdId: r.value.holdId, userId: buyers[i].id, idempotencyKey: "first" }) : null)),
    );
    const past = new Date(Date.now() - 1_000);
    await db.seatHold.updateMany({ where: { showtimeId: showtime.id }, data: { expiresAt: past } });
    await db.showtimeSeat.updateMany({ where: { showtimeId: showtime.id, state: "HELD" }, data: { heldUntil: past } });

    const outcomes = await Promise.all([
      ...orders.map(async (order, i) => {
        if (!order) return 409;
        // Half pay now; for the other half the money was taken earlier and the provider's confirmation arrives now.
        const paying =
          i % 2
            ? payOrder({ orderId: order.id, userId: buyers[i].id, paymentMethod: "tok_visa" })
            : fulfilOrder(order.id, { provider: "TEST", providerRef: `pi_test_late_${order.id}`, amountMinor: order.totalMinor, currency: "EUR" }).then((r) => {
                if (r.status !== "PAID") throw new AppError("CONFLICT", "refunded");
              });
        return paying.then(
          () => 200,
          (e) => (e instanceof AppError ? e.status : 500),
        );
      }),
      ...buyers.slice(12).map(async (b, i) => {
        try {
          const hold = await holdSeats({ showtimeId: showtime.id, userId: b.id, bestAvailable: 1 + (i % 3) });
          const order = await createOrderFromHold({ holdId: hold.holdId, userId: b.id, idempotencyKey: "second" });
          await payOrder({ orderId: order.id, userId: b.id, paymentMethod: "pm_card_visa" });
          return 200;
        } catch (e) {
          return e instanceof AppError ? e.status : 500;
        }
      }),
    ]);
    expect(outcomes.every((s) => s === 200 || s === 409)).toBe(true);
    const sold = await soldConsistently(showtime.id);
    expect(sold.length).toBeLessThanOrEqual(20);
    // A cancelled order never keeps money: each of its successful payments has a refund.
    const cancelledPayments = await db.payment.findMany({ where: { order: { showtimeId: showtime.id, status: "CANCELLED" } }, include: { refunds: true } });
    for (const p of cancelledPayments) expect(p).toMatchObject({ status: "REFUNDED", refunds: [expect.objectContaining({ status: "SUCCEEDED", amountMinor: p.amountMinor })] });
    // And every paid order kept exactly its one payment.
    const paidPayments = await db.payment.findMany({ where: { order: { showtimeId: showtime.id, status: "PAID" } } });
    expect(paidPayments.every((p) => p.status === "SUCCEEDED")).toBe(true);
    expect(paidPayments).toHaveLength(await db.order.count({ where: { showtimeId: showtime.id, status: "PAID" } }));
    console.log(
      `[concurrency] late payers vs new buyers: ${outcomes.filter((s) => s === 200).length} bought, ${outcomes.filter((s) => s === 409).length} refused, ${sold.length} seats sold, ${cancelledPayments.length} late payments refunded`,
    );
  });
});

function countBy(values: string[]) {
  return values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
}
