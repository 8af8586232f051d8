import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expireHold, makeBookingScene } from "@/tests/support/booking-factories";
import { createOrderFromHold } from "./checkout";
import { holdSeats } from "./hold-seats";
import { releaseHold } from "./release-hold";

describe("createOrderFromHold", () => {
  it("turns a hold into a PENDING order that expires with it, one item per seat", async () => {
    const { showtime, film, buyers } = await makeBookingScene();
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A1", "A2"] });
    const order = await createOrderFromHold({ holdId: hold.holdId, userId: buyers[0].id, idempotencyKey: "k-1" });
    expect(order).toMatchObject({
      status: "PENDING",
      userId: buyers[0].id,
      eventId: film.id,
      showtimeId: showtime.id,
      holdId: hold.holdId,
      totalMinor: 1800,
      currency: "EUR",
      expiresAt: hold.expiresAt,
    });
    expect(order.reference).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(order.items).toEqual([
      expect.objectContaining({ seatLabel: "A1", description: "Row A, seat 1", unitPriceMinor: 900 }),
      expect.objectContaining({ seatLabel: "A2", description: "Row A, seat 2", unitPriceMinor: 900 }),
    ]);
  });

  it("uses the seat category's price of the showtime", async () => {
    const { showtime, hall, buyers } = await makeBookingScene();
    const category = await db.seatCategory.create({ data: { auditoriumId: hall.id, name: "Premium" } });
    await db.seat.updateMany({ where: { auditoriumId: hall.id, rowLabel: "B" }, data: { categoryId: category.id } });
    await db.showtimePrice.create({ data: { showtimeId: showtime.id, categoryId: category.id, priceMinor: 1500 } });
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A1", "B1"] });
    expect(hold.seats).toEqual([
      { label: "A1", categoryName: null, priceMinor: 900 },
      { label: "B1", categoryName: "Premium", priceMinor: 1500 },
    ]);
    const order = await createOrderFromHold({ holdId: hold.holdId, userId: buyers[0].id, idempotencyKey: "premium" });
    expect(order.totalMinor).toBe(2400);
    expect(order.items.find((i) => i.seatLabel === "B1")).toMatchObject({ description: "Row B, seat 1 (Premium)", unitPriceMinor: 1500, categoryId: category.id });
  });

  it("returns the same order for the same idempotency key, never a second", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A3"] });
    const input = { holdId: hold.holdId, userId: buyers[0].id, idempotencyKey: "same-key" };
    const first = await createOrderFromHold(input);
    const again = await createOrderFromHold(input);
    expect(again.id).toBe(first.id);
    expect(await db.order.count({ where: { holdId: hold.holdId } })).toBe(1);
    // Another user's key space is separate, and the key cannot be reused for another hold.
    const other = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A4"] });
    await expect(createOrderFromHold({ ...input, holdId: other.holdId })).rejects.toMatchObject({ status: 409 });
  });

  it("creates one order when the same request races itself", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["B1", "B2"] });
    const input = { holdId: hold.holdId, userId: buyers[0].id, idempotencyKey: "race" };
    const orders = await Promise.all(Array.from({ length: 6 }, () => createOrderFromHold(input)));
    expect(new Set(orders.map((o) => o.id)).size).toBe(1);
    // A different key for the same hold still yields that one live order.
    const other = await createOrderFromHold({ ...input, idempotencyKey: "race-2" });
    expect(other.id).toBe(orders[0].id);
    expect(await db.order.count({ where: { holdId: hold.holdId } })).toBe(1);
  });

  it("refuses an expired, released or someone else's hold", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A1"] });
    await expect(createOrderFromHold({ holdId: hold.holdId, userId: buyers[1].id, idempotencyKey: "x" })).rejects.toMatchObject({ status: 404 });
    await expireHold(hold.holdId);
    await expect(createOrderFromHold({ holdId: hold.holdId, userId: buyers[0].id, idempotencyKey: "x" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/^Your hold expired/),
    });
    const released = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A2"] });
    await releaseHold(released.holdId, buyers[0].id);
    await expect(createOrderFromHold({ holdId: released.holdId, userId: buyers[0].id, idempotencyKey: "y" })).rejects.toMatchObject({ status: 409 });
    await expect(createOrderFromHold({ holdId: released.holdId, userId: buyers[0].id, idempotencyKey: "" })).rejects.toMatchObject({ status: 400 });
    expect(await db.order.count({ where: { userId: buyers[0].id } })).toBe(0);
  });
});
