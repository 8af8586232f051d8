import { describe, expect, it } from "vitest";
import { createCompatEventSchema, s2PaymentSchema, s3UpdateEventSchema } from "./api-events-s0-s2-s3";

describe("S0/S2/S3 event inputs", () => {
  it("maps S0/S2's {name, date} and S3's {title, start_time, …} onto one event", () => {
    expect(createCompatEventSchema.parse({ name: "New Event", date: "2023-07-20" })).toMatchObject({ event: { title: "New Event", startsAt: new Date("2023-07-20") }, organizerId: undefined });
    const s3 = createCompatEventSchema.parse({ title: "Meetup", name: "", start_time: "2024-09-15T10:00:00Z", end_time: "2024-09-15T12:00:00Z", location: "Addr", organizer_id: "6b1f7e0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c" });
    expect(s3).toMatchObject({ event: { title: "Meetup", venue: "Addr", endsAt: new Date("2024-09-15T12:00:00Z") }, organizerId: "6b1f7e0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c" });
  });

  it("takes price in major units and stores minor units; capacity from a form string", () => {
    expect(createCompatEventSchema.parse({ name: "x", date: "2031-01-01", price: "12.5", capacity: "40" }).event).toMatchObject({ priceMinor: 1250, capacity: 40 });
  });

  it("refuses missing names and dates, an end before the start, and an empty update", () => {
    for (const input of [{}, { name: "x" }, { date: "2031-01-01" }, { title: "x", start_time: "2031-01-02", end_time: "2031-01-01" }, { name: "x", date: "2031-01-01", price: -1 }, { name: "x", date: "99999-01-01" }, { name: "x", date: "2031-01-01", currency: "€€€" }]) {
      expect(createCompatEventSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
    expect(s3UpdateEventSchema.safeParse({}).success).toBe(false);
    expect(s3UpdateEventSchema.parse({ end_time: null })).toMatchObject({ endsAt: null });
  });

  it("reads S2's payment: amount in whole minor units, a token, an optional event or order", () => {
    expect(s2PaymentSchema.parse({ amount: 2500, token: "tok_visa" })).toEqual({ amountMinor: 2500, paymentMethod: "tok_visa", eventRef: undefined, orderId: undefined });
    expect(s2PaymentSchema.parse({ amount: "2500", token: "tok_visa", eventId: 7 })).toMatchObject({ eventRef: "7" });
    for (const input of [{ token: "tok_visa" }, { amount: 25.5, token: "tok_visa" }, { amount: 0, token: "tok_visa" }, { amount: 100 }]) {
      expect(s2PaymentSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
  });
});
