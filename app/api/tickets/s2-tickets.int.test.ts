// S2 (Express) tickets and payment through the route handlers: free
// general-admission places at once (waiting list when full), paid ones bought
// with Stripe's test tokens through the built-in test provider, never
// oversold, and the caller's own tickets listed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/services/events/create-event";
import { getProfile } from "@/lib/services/users/user-profile";
import { api } from "@/tests/support/api";
import { lastMailTo, makeUser, tokenFor, uniq } from "@/tests/support/factories";
import { GET as authTicketsRoute } from "../auth/tickets/route";
import { DELETE as cancelRegistrationRoute } from "../event/[id]/register/route";
import { route } from "../event/_lib/test-support";
import { POST as paymentRoute } from "../payment/route";
import { GET as listRoute, POST as createRoute } from "./route";

const tickets = route(listRoute);
const createTicket = route(createRoute);
const authTickets = route(authTicketsRoute);
const payment = route(paymentRoute);
const cancelRoute = route(cancelRegistrationRoute);

let ipCounter = 0;
const ip = () => `10.46.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000);

type Person = { id: string; username: string; token: string };
async function person(role: "USER" | "ORGANIZER" = "USER"): Promise<Person> {
  const user = await makeUser(role);
  return { id: user.id, username: user.username, token: await tokenFor(user.username) };
}
let organizer: Person;
const conference = (options: { capacity?: number; priceMinor?: number } = {}) =>
  createEvent({ title: uniq("Conf"), venue: "Hall C", startsAt: inAMonth(), currency: "EUR", ...options }, organizer.id);

const buyTicket = (p: Person, json: unknown) => api.post(createTicket, { path: "/api/tickets", json, token: p.token, ip: ip() });
const pay = (p: Person, json: unknown) => api.post(payment, { path: "/api/payment", json, token: p.token, ip: ip() });
const moneyFor = async (eventId: string) => ({
  paidOrders: await db.order.count({ where: { eventId, status: "PAID" } }),
  payments: await db.payment.count({ where: { order: { eventId } } }),
  registered: await db.registration.count({ where: { eventId, status: "REGISTERED" } }),
  tickets: await db.ticket.count({ where: { eventId } }),
});

beforeAll(async () => {
  organizer = await person("ORGANIZER");
});

describe("POST /api/tickets (free events)", () => {
  it("gives a ticket at once (201) with S2's _id and event, then the waiting list (202) when full", async () => {
    const event = await conference({ capacity: 1 });
    const [a, b] = await Promise.all([person(), person()]);
    const res = await buyTicket(a, { eventId: event.id });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ _id: expect.any(String), code: expect.any(String), status: "valid", event: { _id: event.id, name: event.title, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }, payment: null });
    expect((await buyTicket(a, { eventId: event.id })).status).toBe(400);
    const waiting = await buyTicket(b, { eventId: String(event.legacyId) });
    expect(waiting.status).toBe(202);
    expect(waiting.json).toMatchObject({ waitlisted: true, position: 1 });
  });

  it("answers 400 without eventId, 404 for an unknown event, 401 without a token", async () => {
    const a = await person();
    const missing = await buyTicket(a, {});
    expect(missing.status).toBe(400);
    expect(missing.json.errors).toHaveProperty("eventId");
    expect((await buyTicket(a, { eventId: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    expect((await api.post(createTicket, { path: "/api/tickets", json: { eventId: "1" }, ip: ip() })).status).toBe(401);
  });
});

describe("POST /api/tickets and POST /api/payment (paid events, test provider)", () => {
  it("reserves and asks for payment (402) without a token; buys with tok_visa, recording the payment and e-mailing the ticket", async () => {
    const event = await conference({ priceMinor: 2500, capacity: 10 });
    const buyer = await person();
    const unpaid = await buyTicket(buyer, { eventId: event.id });
    expect(unpaid.status).toBe(402);
    expect(unpaid.json).toMatchObject({ order_id: expect.any(String), amount: 2500, currency: "EUR", expires_at: expect.any(String) });
    expect(await moneyFor(event.id)).toEqual({ paidOrders: 0, payments: 0, registered: 0, tickets: 0 });
    const res = await buyTicket(buyer, { eventId: event.id, token: "tok_visa" });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ event: { _id: event.id }, payment: { amount: 2500, currency: "EUR", order_id: expect.any(String) } });
    expect(await moneyFor(event.id)).toEqual({ paidOrders: 1, payments: 1, registered: 1, tickets: 1 });
    const mail = await lastMailTo((await getProfile(buyer.id)).email);
    expect(mail?.subject).toBe(`Your tickets for ${event.title}`);
    // A bought place is not dropped without a refund through S4's cancel.
    const cancel = await api.delete(cancelRoute, { path: `/api/event/${event.id}/register`, params: { id: event.id }, token: buyer.token, ip: ip() });
    expect(cancel.status).toBe(400);
    expect(await moneyFor(event.id)).toEqual({ paidOrders: 1, payments: 1, registered: 1, tickets: 1 });
  });

  it("pays through POST /payment with S2's {amount, token} and the event; 'Payment successful' and a ticket", async () => {
    const event = await conference({ priceMinor: 1999 });
    const buyer = await person();
    const res = await pay(buyer, { amount: 1999, token: "pm_card_visa", eventId: event.id });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ message: "Payment successful", success: true, amount: 1999, currency: "EUR", ticket: { _id: expect.any(String), event: { _id: event.id, name: event.title } } });
    expect((await pay(buyer, { amount: 1999, token: "tok_visa", eventId: event.id })).status).toBe(400);
    expect(await moneyFor(event.id)).toEqual({ paidOrders: 1, payments: 1, registered: 1, tickets: 1 });
  });

  it("pays the place POST /tickets reserved with S2's bare {amount, token}; nothing to pay afterwards is 400", async () => {
    const event = await conference({ priceMinor: 4900, capacity: 1 });
    const [buyer, other] = await Promise.all([person(), person()]);
    const reserved = await buyTicket(buyer, { eventId: event.id });
    expect(reserved.status).toBe(402);
    // The reservation holds the only place.
    expect((await buyTicket(other, { eventId: event.id })).status).toBe(409);
    const wrong = await pay(buyer, { amount: 100, token: "tok_visa" });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors).toHaveProperty("amount");
    expect(await db.order.count({ where: { eventId: event.id, status: "PENDING" } })).toBe(1);
    const res = await pay(buyer, { amount: 4900, token: "tok_visa" });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ message: "Payment successful", order_id: reserved.json.order_id, ticket: { event: { _id: event.id } } });
    const again = await pay(buyer, { amount: 4900, token: "tok_visa" });
    expect(again.status).toBe(400);
    expect(again.json.message).toMatch(/Nothing to pay/);
    expect(await moneyFor(event.id)).toEqual({ paidOrders: 1, payments: 1, registered: 1, tickets: 1 });
  });

  it("declines tok_chargeDeclined with 402 and leaves no order, payment or place behind", async () => {
    const event = await conference({ priceMinor: 1000, capacity: 1 });
    const buyer = await person();
    const declined = await pay(buyer, { amount: 1000, token: "tok_chargeDeclined", eventId: event.id });
    expect(declined.status).toBe(402);
    expect(declined.json.message).toEqual(expect.any(String));
    expect((await buyTicket(buyer, { eventId: event.id, token: "pm_card_chargeDeclined" })).status).toBe(402);
    expect((await buyTicket(buyer, { eventId: event.id })).status).toBe(402);
    expect((await pay(buyer, { amount: 1000, token: "tok_chargeDeclined" })).status).toBe(402);
    expect(await moneyFor(event.id)).toEqual({ paidOrders: 0, payments: 0, registered: 0, tickets: 0 });
    expect(await db.order.count({ where: { eventId: event.id, status: "PENDING" } })).toBe(0);
    // The reservation is gone, so the only place can still be bought.
    expect((await pay(buyer, { amount: 1000, token: "tok_visa", eventId: event.id })).status).toBe(200);
  });

  it("answers 400 for bad input (wrong amount, no token, no event, a free event) and changes nothing; 401 without a token", async () => {
    const event = await conference({ priceMinor: 1500 });
    const free = await conference();
    const buyer = await person();
    for (const json of [{ amount: 1000, token: "tok_visa", eventId: event.id }, { amount: 1500, eventId: event.id }, { amount: 1500, token: "tok_visa" }, { amount: "x", token: "tok_visa", eventId: event.id }, { amount: 15.5, token: "tok_visa", eventId: event.id }, { amount: 100, token: "tok_visa", eventId: free.id }, { amount: 1500, token: "tok_nonsense", eventId: event.id }]) {
      const res = await pay(buyer, json);
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.json.message).toEqual(expect.any(String));
    }
    expect((await api.post(payment, { path: "/api/payment", json: "{", token: buyer.token, ip: ip() })).status).toBe(400);
    expect(await moneyFor(event.id)).toEqual({ paidOrders: 0, payments: 0, registered: 0, tickets: 0 });
    expect(await db.order.count({ where: { eventId: event.id, status: "PENDING" } })).toBe(0);
    expect((await api.post(payment, { path: "/api/payment", json: { amount: 1500, token: "tok_visa", eventId: event.id }, ip: ip() })).status).toBe(401);
  });

  it("never oversells: concurrent buyers of the last places get 409 'sold out'", async () => {
    const event = await conference({ priceMinor: 500, capacity: 2 });
    const buyers = await Promise.all(Array.from({ length: 6 }, () => person()));
    const results = await Promise.all(buyers.map((b) => pay(b, { amount: 500, token: "tok_visa", eventId: event.id })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 409, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)?.json.message).toBe("This event is sold out");
    expect(await moneyFor(event.id)).toEqual({ paidOrders: 2, payments: 2, registered: 2, tickets: 2 });
  });
});

describe("GET /api/tickets and GET /api/auth/tickets", () => {
  it("list the caller's own tickets with their events, nobody else's; 401 without a token", async () => {
    const event = await conference();
    const [a, b] = await Promise.all([person(), person()]);
    const bought = await buyTicket(a, { eventId: event.id });
    await buyTicket(b, { eventId: event.id });
    for (const handler of [tickets, authTickets]) {
      const res = await api.get(handler, { path: "/api/tickets", token: a.token, ip: ip() });
      expect(res.status).toBe(200);
      expect(res.json).toHaveLength(1);
      expect(res.json[0]).toMatchObject({ _id: bought.json._id, event: { _id: event.id, name: event.title } });
      expect((await api.get(handler, { path: "/api/tickets", ip: ip() })).status).toBe(401);
    }
  });
});
