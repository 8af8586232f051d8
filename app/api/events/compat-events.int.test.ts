// S0 (Django-style) and S3 (organiser API) events through the route
// handlers: creation by organizers and admins, S0's integer ids, the union
// answer of GET /event/<id>, join/add with capacity and waiting list, billet
// deletion, S3 management, registration, participants and a user's events.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/services/events/create-event";
import { api } from "@/tests/support/api";
import { makeUser, tokenFor, uniq } from "@/tests/support/factories";
import { route } from "../event/_lib/test-support";
import { POST as addRoute } from "../event/add/[username]/route";
import { POST as s4CreateRoute } from "../event/create/route";
import { GET as s4DetailRoute } from "../event/[id]/route";
import { POST as joinRoute } from "../event/join/[id]/route";
import { DELETE as removeRoute } from "../event/remove/[id]/route";
import { DELETE as billetDeleteRoute } from "../billet/delete/[id]/route";
import { GET as userEventsRoute } from "../users/[id]/events/route";
import { GET as participantsRoute } from "./[id]/participants/route";
import { POST as registerRoute } from "./[id]/register/route";
import { DELETE as deleteRoute, GET as detailRoute, PATCH as patchRoute } from "./[id]/route";
import { POST as s0CreateRoute } from "./create/route";
import { GET as listRoute, POST as createRoute } from "./route";

const list = route(listRoute);
const create = route(createRoute);
const s0Create = route(s0CreateRoute);
const detail = route(detailRoute);
const patch = route(patchRoute);
const remove = route(deleteRoute);
const register = route(registerRoute);
const participants = route(participantsRoute);
const s4Detail = route(s4DetailRoute);
const s4Create = route(s4CreateRoute);
const s0Remove = route(removeRoute);
const join = route(joinRoute);
const add = route(addRoute);
const billetDelete = route(billetDeleteRoute);
const userEvents = route(userEventsRoute);

let ipCounter = 0;
const ip = () => `10.45.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000);

type Person = { id: string; username: string; token: string };
async function person(role: "USER" | "ORGANIZER" | "ADMIN" = "USER"): Promise<Person> {
  const user = await makeUser(role);
  return { id: user.id, username: user.username, token: await tokenFor(user.username) };
}
const conference = (organizer: Person, options: { capacity?: number; priceMinor?: number; published?: boolean } = {}) =>
  createEvent({ title: uniq("Conf"), description: "Talks", venue: "Hall B", startsAt: inAMonth(), ...options }, organizer.id);
const eventCount = () => db.event.count();

let organizer: Person;
let otherOrganizer: Person;
let user: Person;
let admin: Person;

beforeAll(async () => {
  [organizer, otherOrganizer, user, admin] = await Promise.all([person("ORGANIZER"), person("ORGANIZER"), person(), person("ADMIN")]);
});

describe("POST /api/events/create (S0) and POST /api/events (S2 and S3)", () => {
  it("creates from S0's {name, date} with S0's message and integer id", async () => {
    const res = await api.post(s0Create, { path: "/api/events/create", json: { name: "New Event", date: "2031-07-20" }, token: organizer.token, ip: ip() });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ message: "Event created successfully!", id: expect.any(Number), _id: expect.any(String) });
    const stored = await db.event.findUniqueOrThrow({ where: { id: res.json._id as string } });
    expect(stored).toMatchObject({ title: "New Event", organizerId: organizer.id, legacyId: res.json.id });
    expect(stored.publishedAt).not.toBeNull();
  });

  it("creates from S3's shape and answers S3's fields with S2's _id and name beside them", async () => {
    const body = { title: "Meetup", description: "Evening talks", start_time: "2031-09-15T10:00:00Z", end_time: "2031-09-15T12:00:00Z", location: "Main street 1", organizer_id: organizer.id };
    const res = await api.post(create, { path: "/api/events", json: body, token: organizer.token, ip: ip() });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ title: "Meetup", name: "Meetup", description: "Evening talks", start_time: "2031-09-15T10:00:00.000Z", end_time: "2031-09-15T12:00:00.000Z", location: "Main street 1", organizer_id: organizer.id, date: "2031-09-15" });
    expect(res.json.id).toBe(res.json._id);
    expect(typeof res.json.created_at).toBe("string");
  });

  it("creates from S2's {name, date, …} with capacity and price; an admin may name another organizer", async () => {
    const res = await api.post(create, { path: "/api/events", json: { name: "Paid day", date: "2031-10-01", capacity: 50, price: 12.5, organizer_id: organizer.id }, token: admin.token, ip: ip() });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ _id: expect.any(String), name: "Paid day", date: "2031-10-01", capacity: 50, price: 12.5, organizer_id: organizer.id });
    expect(await db.event.findUniqueOrThrow({ where: { id: res.json._id as string }, select: { priceMinor: true } })).toEqual({ priceMinor: 1250 });
  });

  it("refuses users (403), anonymous callers (401), an organizer naming someone else (403) and bad input (400), creating nothing", async () => {
    const before = await eventCount();
    const anon = await api.post(create, { path: "/api/events", json: { name: "x", date: "2031-01-01" }, ip: ip() });
    expect(anon.status).toBe(401);
    expect(anon.json.message).toEqual(expect.any(String));
    expect((await api.post(s0Create, { path: "/api/events/create", json: { name: "x", date: "2031-01-01" }, token: user.token, ip: ip() })).status).toBe(403);
    const other = await api.post(create, { path: "/api/events", json: { title: "x", start_time: "2031-01-01T10:00:00Z", organizer_id: otherOrganizer.id }, token: organizer.token, ip: ip() });
    expect(other.status).toBe(403);
    for (const json of [{}, { name: "x" }, { date: "2031-01-01" }, { name: "x", date: "not a date" }, { name: "x", date: "2031-01-01", capacity: 0 }, { title: "x", start_time: "2031-01-02", end_time: "2031-01-01" }, { name: "x", date: "2031-01-01", organizer_id: "nope" }, { name: "x", date: "99999-01-01" }, { name: "x", date: "2031-01-01", currency: "€€€" }]) {
      const res = await api.post(create, { path: "/api/events", json, token: organizer.token, ip: ip() });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.json.message).toEqual(expect.any(String));
    }
    const malformed = await api.post(s0Create, { path: "/api/events/create", json: "{nope", token: organizer.token, ip: ip() });
    expect(malformed.status).toBe(400);
    // S4's creation shares the date rule (year 99999 used to be a 500 there).
    expect((await api.post(s4Create, { path: "/api/event/create", json: { eventName: "x", date: "99999-01-01" }, token: organizer.token, ip: ip() })).status).toBe(400);
    expect(await eventCount()).toBe(before);
  });
});

describe("GET /api/events (S0 and S2)", () => {
  it("lists published events with S0's integer id and S2's _id, without a token; drafts are not listed", async () => {
    const published = await conference(organizer);
    const draft = await conference(organizer, { published: false });
    const res = await api.get(list, { path: "/api/events", ip: ip() });
    expect(res.status).toBe(200);
    const mine = (res.json as unknown as Record<string, unknown>[]).find((e) => e._id === published.id);
    expect(mine).toMatchObject({ id: published.legacyId, name: published.title, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((res.json as unknown as Record<string, unknown>[]).some((e) => e._id === draft.id)).toBe(false);
  });
});

describe("GET /api/event/<id> (S0 and S4)", () => {
  it("answers the union by integer id or UUID; 404 for unknown ids, 401 without a token", async () => {
    const event = await conference(organizer);
    for (const id of [String(event.legacyId), event.id]) {
      const res = await api.get(s4Detail, { path: `/api/event/${id}`, params: { id }, token: user.token, ip: ip() });
      expect(res.status, res.text).toBe(200);
      expect(res.json).toMatchObject({ success: true, id: event.legacyId, name: event.title, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(res.json.event).toMatchObject({ _id: event.id, eventName: event.title });
    }
    for (const id of ["999999999", "abc", "0"]) {
      const res = await api.get(s4Detail, { path: `/api/event/${id}`, params: { id }, token: user.token, ip: ip() });
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ success: false, message: "Event not found" });
    }
    expect((await api.get(s4Detail, { path: `/api/event/${event.legacyId}`, params: { id: String(event.legacyId) }, ip: ip() })).status).toBe(401);
  });
});

describe("DELETE /api/event/remove/<id> (S0)", () => {
  it("removes the organizer's event; another organizer gets 403, a user 403, unknown 404", async () => {
    const event = await conference(organizer);
    const id = String(event.legacyId);
    for (const intruder of [otherOrganizer, user]) {
      expect((await api.delete(s0Remove, { path: `/api/event/remove/${id}`, params: { id }, token: intruder.token, ip: ip() })).status).toBe(403);
    }
    expect(await db.event.count({ where: { id: event.id } })).toBe(1);
    const res = await api.delete(s0Remove, { path: `/api/event/remove/${id}`, params: { id }, token: organizer.token, ip: ip() });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ message: "Event removed successfully!" });
    expect(await db.event.count({ where: { id: event.id } })).toBe(0);
    expect((await api.delete(s0Remove, { path: `/api/event/remove/${id}`, params: { id }, token: organizer.token, ip: ip() })).status).toBe(404);
  });
});

describe("POST /api/event/join/<id>, POST /api/event/add/<username>, DELETE /api/billet/delete/<id> (S0)", () => {
  it("joins with a billet, then the waiting list (202) when full; a deleted billet lets the next in", async () => {
    const event = await conference(organizer, { capacity: 1 });
    const id = String(event.legacyId);
    const [first, second] = await Promise.all([person(), person()]);
    const joined = await api.post(join, { path: `/api/event/join/${id}`, params: { id }, token: first.token, ip: ip() });
    expect(joined.status, joined.text).toBe(200);
    expect(joined.json).toMatchObject({ message: "Successfully joined the event!", waitlisted: false, billet: { id: expect.any(String), code: expect.any(String) } });
    const again = await api.post(join, { path: `/api/event/join/${id}`, params: { id }, token: first.token, ip: ip() });
    expect(again.status).toBe(400);
    const waiting = await api.post(join, { path: `/api/event/join/${id}`, params: { id }, token: second.token, ip: ip() });
    expect(waiting.status).toBe(202);
    expect(waiting.json).toMatchObject({ waitlisted: true, position: 1 });

    const billet = await db.ticket.findUniqueOrThrow({ where: { id: (joined.json.billet as { id: string }).id }, select: { legacyId: true } });
    const billetId = String(billet.legacyId);
    expect((await api.delete(billetDelete, { path: `/api/billet/delete/${billetId}`, params: { id: billetId }, token: second.token, ip: ip() })).status).toBe(403);
    expect((await api.delete(billetDelete, { path: `/api/billet/delete/${billetId}`, params: { id: billetId }, token: otherOrganizer.token, ip: ip() })).status).toBe(403);
    const deleted = await api.delete(billetDelete, { path: `/api/billet/delete/${billetId}`, params: { id: billetId }, token: first.token, ip: ip() });
    expect(deleted.status, deleted.text).toBe(200);
    expect(deleted.json).toEqual({ message: "Billet deleted!" });
    expect(await db.registration.findFirst({ where: { eventId: event.id, userId: second.id }, select: { status: true } })).toEqual({ status: "REGISTERED" });
    expect((await api.delete(billetDelete, { path: `/api/billet/delete/${billetId}`, params: { id: billetId }, token: first.token, ip: ip() })).status).toBe(404);
    expect((await api.delete(billetDelete, { path: "/api/billet/delete/x", params: { id: "x" }, token: first.token, ip: ip() })).status).toBe(404);
  });

  it("refuses to join a paid event (400) or an unknown one (404), and 401 without a token", async () => {
    const paid = await conference(organizer, { priceMinor: 1000 });
    const id = String(paid.legacyId);
    const res = await api.post(join, { path: `/api/event/join/${id}`, params: { id }, token: user.token, ip: ip() });
    expect(res.status).toBe(400);
    expect(res.json.message).toBe("This event needs a ticket purchase");
    expect((await api.post(join, { path: "/api/event/join/999999999", params: { id: "999999999" }, token: user.token, ip: ip() })).status).toBe(404);
    expect((await api.post(join, { path: `/api/event/join/${id}`, params: { id }, ip: ip() })).status).toBe(401);
    expect(await db.registration.count({ where: { eventId: paid.id } })).toBe(0);
  });

  it("lets the organizer (or an admin) add a user by username, with event_id in the body", async () => {
    const event = await conference(organizer);
    const guest = await person();
    const add1 = await api.post(add, { path: `/api/event/add/${guest.username}`, params: { username: guest.username }, json: { event_id: event.legacyId }, token: organizer.token, ip: ip() });
    expect(add1.status, add1.text).toBe(200);
    expect(add1.json).toMatchObject({ message: "User added to event!" });
    const other = await person();
    const byAdmin = await api.post(add, { path: `/api/event/add/${other.username}`, params: { username: other.username }, json: { event_id: event.id }, token: admin.token, ip: ip() });
    expect(byAdmin.status).toBe(200);
    expect(await db.registration.count({ where: { eventId: event.id, status: "REGISTERED" } })).toBe(2);
  });

  it("refuses other organizers and users (403), unknown users or events (404) and a missing event_id (400), adding nobody", async () => {
    const event = await conference(organizer);
    const guest = await person();
    const call = (token: string, username: string, json: unknown) => api.post(add, { path: `/api/event/add/${username}`, params: { username }, json, token, ip: ip() });
    expect((await call(otherOrganizer.token, guest.username, { event_id: event.legacyId })).status).toBe(403);
    expect((await call(user.token, guest.username, { event_id: event.legacyId })).status).toBe(403);
    expect((await call(organizer.token, "no-such-user-here", { event_id: event.legacyId })).json.message).toBe("User not found");
    expect((await call(organizer.token, guest.username, { event_id: 999999999 })).status).toBe(404);
    const missing = await call(organizer.token, guest.username, {});
    expect(missing.status).toBe(400);
    expect(missing.json.errors).toHaveProperty("event_id");
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe("S3: GET, PATCH, DELETE /api/events/{id}", () => {
  it("shows an event in S3's shape by UUID (or integer id); 404 unknown, 401 without a token", async () => {
    const event = await conference(organizer);
    for (const id of [event.id, String(event.legacyId)]) {
      const res = await api.get(detail, { path: `/api/events/${id}`, params: { id }, token: user.token, ip: ip() });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ id: event.id, title: event.title, description: "Talks", location: "Hall B", organizer_id: organizer.id, start_time: event.startsAt.toISOString(), created_at: expect.any(String) });
    }
    expect((await api.get(detail, { path: "/api/events/00000000-0000-4000-8000-000000000000", params: { id: "00000000-0000-4000-8000-000000000000" }, token: user.token, ip: ip() })).status).toBe(404);
    expect((await api.get(detail, { path: `/api/events/${event.id}`, params: { id: event.id }, ip: ip() })).status).toBe(401);
  });

  it("lets the organizer change it (updated_at in the answer); others 403, bad input 400 with nothing changed", async () => {
    const event = await conference(organizer);
    const params = { id: event.id };
    const res = await api.patch(patch, { path: `/api/events/${event.id}`, params, json: { title: "Renamed", start_time: "2031-09-15T12:00:00Z", end_time: "2031-09-15T14:00:00Z", location: "New address" }, token: organizer.token, ip: ip() });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ id: event.id, title: "Renamed", start_time: "2031-09-15T12:00:00.000Z", end_time: "2031-09-15T14:00:00.000Z", location: "New address", updated_at: expect.any(String) });
    for (const intruder of [otherOrganizer, user]) {
      expect((await api.patch(patch, { path: `/api/events/${event.id}`, params, json: { title: "Hijacked" }, token: intruder.token, ip: ip() })).status).toBe(403);
    }
    for (const json of [{}, { title: "" }, { start_time: "nope" }, { end_time: "2031-09-15T11:00:00Z" }, { capacity: -1 }]) {
      const bad = await api.patch(patch, { path: `/api/events/${event.id}`, params, json, token: organizer.token, ip: ip() });
      expect(bad.status, JSON.stringify(json)).toBe(400);
    }
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { title: true, venue: true, endsAt: true } })).toEqual({ title: "Renamed", venue: "New address", endsAt: new Date("2031-09-15T14:00:00Z") });
  });

  it("deletes for the organizer or an admin with S3's message; others 403", async () => {
    const event = await conference(organizer);
    const params = { id: event.id };
    expect((await api.delete(remove, { path: `/api/events/${event.id}`, params, token: otherOrganizer.token, ip: ip() })).status).toBe(403);
    const res = await api.delete(remove, { path: `/api/events/${event.id}`, params, token: admin.token, ip: ip() });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ message: "Мероприятие успешно удалено" });
    expect((await api.delete(remove, { path: `/api/events/${event.id}`, params, token: admin.token, ip: ip() })).status).toBe(404);
  });
});

describe("S3: register, participants, a user's events", () => {
  it("registers (201), then waitlists (202) when full; lists participants for the organizer only", async () => {
    const event = await conference(organizer, { capacity: 1 });
    const params = { id: event.id };
    const [first, second] = await Promise.all([person(), person()]);
    const res = await api.post(register, { path: `/api/events/${event.id}/register`, params, json: { user_id: first.id }, token: first.token, ip: ip() });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ event_id: event.id, user_id: first.id, status: "registered", registration_date: expect.any(String) });
    const waiting = await api.post(register, { path: `/api/events/${event.id}/register`, params, token: second.token, ip: ip() });
    expect(waiting.status).toBe(202);
    expect(waiting.json).toMatchObject({ user_id: second.id, status: "waitlisted", position: 1 });

    const list = await api.get(participants, { path: `/api/events/${event.id}/participants`, params, token: organizer.token, ip: ip() });
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ event_id: event.id, participants: [{ user_id: first.id, status: "registered" }, { user_id: second.id, status: "waitlisted" }] });
    expect(list.text).not.toContain("@example.test");
    for (const intruder of [otherOrganizer, first]) {
      expect((await api.get(participants, { path: `/api/events/${event.id}/participants`, params, token: intruder.token, ip: ip() })).status).toBe(403);
    }
  });

  it("refuses registering someone else unless organizer or admin (403), a malformed user_id (400), unknown event (404)", async () => {
    const event = await conference(organizer);
    const params = { id: event.id };
    const [a, b] = await Promise.all([person(), person()]);
    expect((await api.post(register, { path: `/api/events/${event.id}/register`, params, json: { user_id: b.id }, token: a.token, ip: ip() })).status).toBe(403);
    expect((await api.post(register, { path: `/api/events/${event.id}/register`, params, json: { user_id: "x" }, token: a.token, ip: ip() })).status).toBe(400);
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
    const byOrganizer = await api.post(register, { path: `/api/events/${event.id}/register`, params, json: { user_id: b.id }, token: organizer.token, ip: ip() });
    expect(byOrganizer.status).toBe(201);
    const unknown = "00000000-0000-4000-8000-000000000000";
    const nobody = await api.post(register, { path: `/api/events/${event.id}/register`, params, json: { user_id: unknown }, token: organizer.token, ip: ip() });
    expect(nobody.status).toBe(404);
    expect(nobody.json.message).toBe("User not found");
    expect((await api.post(register, { path: `/api/events/${unknown}/register`, params: { id: unknown }, token: a.token, ip: ip() })).status).toBe(404);
  });

  it("lists a user's organized and participated events for that user and admins only", async () => {
    const host = await person("ORGANIZER");
    const guest = await person();
    const hosted = await conference(host);
    const visited = await conference(organizer);
    await api.post(register, { path: `/api/events/${visited.id}/register`, params: { id: visited.id }, token: host.token, ip: ip() });
    const res = await api.get(userEvents, { path: `/api/users/${host.id}/events`, params: { id: host.id }, token: host.token, ip: ip() });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      organized_events: [{ id: hosted.id, title: hosted.title, start_time: hosted.startsAt.toISOString() }],
      participated_events: [{ id: visited.id, title: visited.title, status: "registered" }],
    });
    expect((await api.get(userEvents, { path: `/api/users/${host.username}/events`, params: { id: host.username }, token: admin.token, ip: ip() })).status).toBe(200);
    expect((await api.get(userEvents, { path: `/api/users/${host.id}/events`, params: { id: host.id }, token: guest.token, ip: ip() })).status).toBe(403);
    expect((await api.get(userEvents, { path: `/api/users/${host.id}/events`, params: { id: host.id }, ip: ip() })).status).toBe(401);
    expect((await api.get(userEvents, { path: "/api/users/no-such-user-x/events", params: { id: "no-such-user-x" }, token: admin.token, ip: ip() })).status).toBe(404);
  });
});
