import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expireHold, makeBookingScene, seatStates } from "@/tests/support/booking-factories";
import { holdSeats } from "./hold-seats";
import { releaseHold } from "./release-hold";

describe("holdSeats", () => {
  it("holds named seats for HOLD_MINUTES with their prices", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const before = Date.now();
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["a2", "A3"] });
    expect(hold.seats).toEqual([
      { label: "A2", categoryName: null, priceMinor: 900 },
      { label: "A3", categoryName: null, priceMinor: 900 },
    ]);
    expect(hold).toMatchObject({ totalMinor: 1800, currency: "EUR" });
    const minutes = (hold.expiresAt.getTime() - before) / 60_000;
    expect(minutes).toBeGreaterThan(9.9);
    expect(minutes).toBeLessThan(10.1);
    const states = await seatStates(showtime.id);
    expect(states.get("A2")).toMatchObject({ state: "HELD", holdId: hold.holdId });
    expect(states.get("A3")).toMatchObject({ state: "HELD", holdId: hold.holdId });
    expect(states.get("A1")).toMatchObject({ state: "AVAILABLE", holdId: null });
  });

  it("finds the best adjacent seats in one row, middle rows and centre first", async () => {
    const { showtime, buyers } = await makeBookingScene({ rows: ["A", "B", "C", "D", "E"], seatsPerRow: 8, buyers: 3 });
    const first = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, bestAvailable: 4 });
    expect(first.seats.map((s) => s.label)).toEqual(["C3", "C4", "C5", "C6"]);
    // C still has 1-2 and 7-8 free: 3 adjacent seats only fit in the next best row.
    const second = await holdSeats({ showtimeId: showtime.id, userId: buyers[1].id, bestAvailable: 3 });
    expect(second.seats.map((s) => s.label)).toEqual(["D3", "D4", "D5"]);
    const third = await holdSeats({ showtimeId: showtime.id, userId: buyers[2].id, bestAvailable: 2 });
    expect(third.seats.map((s) => s.label)).toEqual(["C1", "C2"]);
  });

  it("falls back to the best single seats when no row has enough adjacent ones", async () => {
    const { showtime, buyers } = await makeBookingScene({ rows: ["A"], seatsPerRow: 5 });
    await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A2", "A4"] });
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[1].id, bestAvailable: 2 });
    expect(hold.seats.map((s) => s.label).sort()).toEqual(["A1", "A3"]);
  });

  it("refuses a held or sold seat with a 409 naming it, and keeps the whole request out", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const mine = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A5"] });
    await expect(holdSeats({ showtimeId: showtime.id, userId: buyers[1].id, seatLabels: ["A4", "A5"] })).rejects.toMatchObject({
      status: 409,
      message: "Seat A5 is no longer available",
    });
    const sold = await db.showtimeSeat.findFirstOrThrow({ where: { showtimeId: showtime.id, seat: { label: "B1" } } });
    await db.showtimeSeat.update({ where: { id: sold.id }, data: { state: "SOLD" } });
    await expect(holdSeats({ showtimeId: showtime.id, userId: buyers[1].id, seatLabels: ["B1", "A5", "B2"] })).rejects.toMatchObject({
      status: 409,
      message: "Seats B1, A5 are no longer available",
    });
    const states = await seatStates(showtime.id);
    expect(states.get("A4")?.state).toBe("AVAILABLE");
    expect(states.get("B2")?.state).toBe("AVAILABLE");
    expect(states.get("A5")).toMatchObject({ state: "HELD", holdId: mine.holdId });
  });

  it("never holds a disabled seat", async () => {
    const { showtime, hall, buyers } = await makeBookingScene({ rows: ["A"], seatsPerRow: 3 });
    await db.seat.updateMany({ where: { auditoriumId: hall.id, label: "A2" }, data: { isDisabled: true } });
    await expect(holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A2"] })).rejects.toMatchObject({ status: 409, message: "Seat A2 is not for sale" });
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, bestAvailable: 2 });
    expect(hold.seats.map((s) => s.label).sort()).toEqual(["A1", "A3"]);
    await expect(holdSeats({ showtimeId: showtime.id, userId: buyers[1].id, bestAvailable: 1 })).rejects.toMatchObject({ status: 409, message: "This showtime is sold out" });
  });

  it("frees an expired hold's seats without any cleanup", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const old = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A1", "A2"] });
    await expireHold(old.holdId);
    // The rows still say HELD by the old hold: availability is decided by heldUntil alone.
    expect((await seatStates(showtime.id)).get("A1")).toMatchObject({ state: "HELD", holdId: old.holdId });
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[1].id, seatLabels: ["A1", "A2"] });
    expect((await seatStates(showtime.id)).get("A1")).toMatchObject({ state: "HELD", holdId: hold.holdId });
    // And best-available counts them as free too.
    await expireHold(hold.holdId);
    const best = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, bestAvailable: 10 });
    expect(best.seats).toHaveLength(10);
  });

  it("keeps one hold per user and showtime: a new hold replaces the previous one", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const first = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A1", "A2"] });
    const second = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A2", "A3"] });
    const states = await seatStates(showtime.id);
    expect(states.get("A1")).toMatchObject({ state: "AVAILABLE", holdId: null });
    expect(states.get("A2")).toMatchObject({ state: "HELD", holdId: second.holdId });
    expect((await db.seatHold.findUniqueOrThrow({ where: { id: first.holdId } })).releasedAt).not.toBeNull();
    // A refused change keeps the current hold.
    await holdSeats({ showtimeId: showtime.id, userId: buyers[1].id, seatLabels: ["B1"] });
    await expect(holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["B1", "B2"] })).rejects.toMatchObject({ status: 409 });
    expect((await seatStates(showtime.id)).get("A3")).toMatchObject({ state: "HELD", holdId: second.holdId });
  });

  it("answers bad requests with 400 and 404", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const userId = buyers[0].id;
    await expect(holdSeats({ showtimeId: showtime.id, userId, seatLabels: ["A1", "Z9"] })).rejects.toMatchObject({ status: 400, message: "Seat not found: Z9" });
    await expect(holdSeats({ showtimeId: showtime.id, userId, seatLabels: [] })).rejects.toMatchObject({ status: 400 });
    await expect(holdSeats({ showtimeId: showtime.id, userId, bestAvailable: 0 })).rejects.toMatchObject({ status: 400 });
    await expect(holdSeats({ showtimeId: showtime.id, userId, bestAvailable: 11 })).rejects.toMatchObject({ status: 400 });
    const eleven = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "C1"];
    await expect(holdSeats({ showtimeId: showtime.id, userId, seatLabels: eleven })).rejects.toMatchObject({
      status: 400,
      message: "You can hold at most 10 seats at a time",
    });
    await expect(holdSeats({ showtimeId: "9b2f0a3c-0000-4000-8000-000000000000", userId, bestAvailable: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(holdSeats({ showtimeId: "nope", userId, bestAvailable: 1 })).rejects.toMatchObject({ status: 400 });
    expect(await db.seatHold.count({ where: { showtimeId: showtime.id } })).toBe(0);
  });

  it("refuses a started or cancelled showtime", async () => {
    const { showtime, buyers } = await makeBookingScene();
    await db.showtime.update({ where: { id: showtime.id }, data: { status: "CANCELLED" } });
    await expect(holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, bestAvailable: 1 })).rejects.toMatchObject({ status: 409 });
    await db.showtime.update({ where: { id: showtime.id }, data: { status: "SCHEDULED", startsAt: new Date(Date.now() - 60_000) } });
    await expect(holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, bestAvailable: 1 })).rejects.toMatchObject({
      status: 409,
      message: "This showtime has already started",
    });
  });
});

describe("releaseHold", () => {
  it("frees the seats still held by the owner's hold, once", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["B1", "B2"] });
    await expect(releaseHold(hold.holdId, buyers[1].id)).rejects.toMatchObject({ status: 404 });
    expect((await seatStates(showtime.id)).get("B1")?.state).toBe("HELD");
    expect(await releaseHold(hold.holdId, buyers[0].id)).toEqual({ released: 2 });
    const states = await seatStates(showtime.id);
    expect(states.get("B1")).toMatchObject({ state: "AVAILABLE", holdId: null, heldUntil: null });
    expect(states.get("B2")).toMatchObject({ state: "AVAILABLE", holdId: null });
    expect(await releaseHold(hold.holdId, buyers[0].id)).toEqual({ released: 0 });
    await expect(holdSeats({ showtimeId: showtime.id, userId: buyers[1].id, seatLabels: ["B1", "B2"] })).resolves.toBeTruthy();
  });

  it("leaves alone a seat that someone else took after the hold expired", async () => {
    const { showtime, buyers } = await makeBookingScene();
    const old = await holdSeats({ showtimeId: showtime.id, userId: buyers[0].id, seatLabels: ["A1", "A2"] });
    await expireHold(old.holdId);
    const other = await holdSeats({ showtimeId: showtime.id, userId: buyers[1].id, seatLabels: ["A1"] });
    expect(await releaseHold(old.holdId, buyers[0].id)).toEqual({ released: 1 });
    const states = await seatStates(showtime.id);
    expect(states.get("A1")).toMatchObject({ state: "HELD", holdId: other.holdId });
    expect(states.get("A2")).toMatchObject({ state: "AVAILABLE" });
  });
});
