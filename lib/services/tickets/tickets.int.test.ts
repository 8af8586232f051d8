import { describe, expect, it } from "vitest";
import { createOrderFromHold } from "@/lib/services/booking/checkout";
import { holdSeats } from "@/lib/services/booking/hold-seats";
import { payOrder } from "@/lib/services/booking/pay-order";
import { futureStart, makeBookingScene } from "@/tests/support/booking-factories";
import { makeFilmShowing } from "@/tests/support/factories";
import { generateShortCode } from "./generate-short-code";
import { listUserTickets } from "./list-user-tickets";
import { ticketCalendarIcs } from "./ticket-calendar";
import { ticketQrPng } from "./ticket-qr";
import { signTicketToken, verifyTicketToken } from "./ticket-token";

async function buy(showtimeId: string, userId: string, seatLabels: string[]) {
  const hold = await holdSeats({ showtimeId, userId, seatLabels });
  const order = await createOrderFromHold({ holdId: hold.holdId, userId, idempotencyKey: hold.holdId });
  return payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" });
}

describe("ticket tokens", () => {
  const ticket = { id: "0f8fad5b-d9cb-469f-a165-70867728950e", code: "K7PX4M2Q" };

  it("verify what was signed", () => {
    const token = signTicketToken(ticket);
    expect(token).toMatch(/^T1\.0f8fad5b-d9cb-469f-a165-70867728950e\.K7PX4M2Q\.[A-Za-z0-9_-]{43}$/);
    expect(verifyTicketToken(token)).toEqual({ ticketId: ticket.id, code: ticket.code });
    expect(verifyTicketToken(` ${token}\n`)).toEqual({ ticketId: ticket.id, code: ticket.code });
  });

  it("refuse a tampered, truncated or foreign token", () => {
    const token = signTicketToken(ticket);
    const [v, id, code, mac] = token.split(".");
    expect(verifyTicketToken([v, id, "K7PX4M2R", mac].join("."))).toBeNull();
    expect(verifyTicketToken([v, "1f8fad5b-d9cb-469f-a165-70867728950e", code, mac].join("."))).toBeNull();
    expect(verifyTicketToken([v, id, code, mac.slice(0, -2) + (mac.endsWith("AA") ? "BB" : "AA")].join("."))).toBeNull();
    expect(verifyTicketToken([v, id, code, mac.slice(0, 20)].join("."))).toBeNull();
    expect(verifyTicketToken(["T2", id, code, mac].join("."))).toBeNull();
    expect(verifyTicketToken(`${token}.extra`)).toBeNull();
    expect(verifyTicketToken("K7PX4M2Q")).toBeNull();
    expect(verifyTicketToken("")).toBeNull();
  });
});

describe("short codes and calendar files", () => {
  it("draws 8 unambiguous characters", () => {
    const codes = Array.from({ length: 2000 }, () => generateShortCode());
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("writes an RFC 5545 event with escaped text and folded lines", () => {
    const ics = ticketCalendarIcs(
      { uid: "u-1@tessera", startsAt: new Date("2032-05-01T18:30:00Z"), endsAt: new Date("2032-05-01T20:45:00Z"), summary: "Film; the sequel, part 2", location: "Hall 1" },
      new Date("2032-01-01T00:00:00Z"),
    );
    expect(ics).toContain("DTSTART:20320501T183000Z\r\nDTEND:20320501T204500Z\r\n");
    expect(ics).toContain("SUMMARY:Film\\; the sequel\\, part 2\r\n");
    expect(ics).toContain("DTSTAMP:20320101T000000Z");
    const long = ticketCalendarIcs({ uid: "u", startsAt: new Date(), endsAt: new Date(), summary: "x".repeat(200) });
    for (const line of long.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

describe("ticketQrPng and listUserTickets", () => {
  it("draws a ticket's QR code for its owner", async () => {
    const scene = await makeBookingScene();
    const { tickets } = await buy(scene.showtime.id, scene.buyers[0].id, ["A1"]);
    const png = await ticketQrPng(tickets[0].id, { userId: scene.buyers[0].id });
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await expect(ticketQrPng(tickets[0].id, { userId: scene.buyers[1].id })).rejects.toMatchObject({ status: 404 });
  });

  it("lists a user's tickets, newest show first", async () => {
    const early = await makeBookingScene();
    const later = await makeFilmShowing({ startsAt: futureStart(), rows: ["A"], seatsPerRow: 4 });
    const buyer = early.buyers[0];
    const a = await buy(early.showtime.id, buyer.id, ["B2", "B1"]);
    const b = await buy(later.showtime.id, buyer.id, ["A3"]);
    await buy(early.showtime.id, early.buyers[1].id, ["A1"]);

    const list = await listUserTickets(buyer.id);
    expect(list.map((t) => [t.eventTitle, t.seatLabel])).toEqual([
      [later.film.title, "A3"],
      [early.film.title, "B1"],
      [early.film.title, "B2"],
    ]);
    expect(list[0]).toMatchObject({ code: b.tickets[0].code, status: "VALID", startsAt: later.showtime.startsAt, orderReference: b.reference, hall: later.hall.name });
    expect(list[1]).toMatchObject({ orderReference: a.reference, startsAt: early.showtime.startsAt });
    expect(await listUserTickets(early.buyers[1].id)).toHaveLength(1);
  });
});
