// S4 ("EventShield") events: listing, creation (multipart and JSON), update,
// deletion, registration with capacity and waiting list, participants and
// attendance, through the route handlers.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetEnv } from "@/lib/env";
import { createEvent } from "@/lib/services/events/create-event";
import { getProfile } from "@/lib/services/users/user-profile";
import { GET as uploadRoute } from "@/app/uploads/[file]/route";
import { api } from "@/tests/support/api";
import { lastMailTo, makeUser, tokenFor, uniq } from "@/tests/support/factories";
import { expectNoSecrets, expectS4Error } from "../user/_lib/test-support";
import { GET as userRegisteredRoute } from "../user/events/registered/route";
import { POST as attendanceRoute } from "./[id]/attendance/route";
import { GET as participantsRoute } from "./[id]/participants/route";
import { DELETE as cancelRoute, POST as registerRoute } from "./[id]/register/route";
import { DELETE as deleteRoute, GET as detailRoute, PUT as updateRoute } from "./[id]/route";
import { route } from "./_lib/test-support";
import { POST as createRoute } from "./create/route";
import { GET as createdRoute } from "./my/created/route";
import { GET as registeredRoute } from "./my/registered/route";
import { GET as listRoute } from "./route";

const list = route(listRoute);
const create = route(createRoute);
const detail = route(detailRoute);
const update = route(updateRoute);
const remove = route(deleteRoute);
const register = route(registerRoute);
const cancel = route(cancelRoute);
const participants = route(participantsRoute);
const attendance = route(attendanceRoute);
const myRegistered = route(registeredRoute);
const myCreated = route(createdRoute);
const userRegistered = route(userRegisteredRoute);
const upload = route(uploadRoute);

const inAMonth = () => new Date(Date.now() + 30 * 86_400_000);
let ipCounter = 0;
const ip = () => `10.44.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

type Person = { id: string; username: string; token: string; email: string };
async function person(role: "USER" | "ORGANIZER" | "ADMIN" = "USER"): Promise<Person> {
  const user = await makeUser(role);
  return { id: user.id, username: user.username, token: await tokenFor(user.username), email: (await getProfile(user.id)).email };
}

async function freeEvent(organizer: Person, options: { capacity?: number; priceMinor?: number; startsAt?: Date; published?: boolean; ticketStatus?: "AVAILABLE" | "CLOSED" } = {}) {
  return createEvent({ title: uniq("Conf"), description: "A day of talks", venue: "Hall A", startsAt: options.startsAt ?? inAMonth(), ...options }, organizer.id);
}

const registerAs = (p: Person, eventId: string) => api.post(register, { path: `/api/event/${eventId}/register`, params: { id: eventId }, token: p.token, ip: ip() });

let uploadsDir: string;
let organizer: Person;
let otherOrganizer: Person;
let user: Person;
let admin: Person;

beforeAll(async () => {
  uploadsDir = mkdtempSync(path.join(os.tmpdir(), "tessera-uploads-"));
  process.env.UPLOADS_DIR = uploadsDir;
  resetEnv();
  [organizer, otherOrganizer, user, admin] = await Promise.all([person("ORGANIZER"), person("ORGANIZER"), person(), person("ADMIN")]);
});

afterAll(() => {
  delete process.env.UPLOADS_DIR;
  resetEnv();
});

// The smallest valid PNG (1x1, transparent).
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

describe("POST /api/event/create", () => {
  it("creates an event from multipart data with an image, stored and served under /uploads", async () => {
    const data = { eventName: "Tech Conference 2026", description: "Annual", date: "2030-03-15", venue: "Convention Center", speakers: ["Dr. Smith"], Prize: "Goodies", subEvents: ["Workshop 1"], maxParticipants: 500, Status: "upcoming", ticketStatus: "available" };
    const res = await api.post(create, {
      path: "/api/event/create",
      form: { data: JSON.stringify(data), img: new File([PNG], "poster.png", { type: "image/png" }) },
      token: organizer.token,
      ip: ip(),
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({
      success: true,
      message: "Event created successfully with encryption!",
      event: { eventName: "Tech Conference 2026", date: "2030-03-15T00:00:00.000Z", venue: "Convention Center", Status: "upcoming" },
    });
    const id = (res.json.event as { id: string }).id;
    const stored = await db.event.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ title: "Tech Conference 2026", capacity: 500, prize: "Goodies", speakers: ["Dr. Smith"], subEvents: ["Workshop 1"], organizerId: organizer.id });
    expect(stored.imagePath).toMatch(/^[0-9a-f]{32}\.webp$/);

    const served = await api.get(upload, { path: `/uploads/${stored.imagePath}`, params: { file: stored.imagePath! } });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");

    const shown = await api.get(detail, { path: `/api/event/${id}`, params: { id }, token: user.token, ip: ip() });
    expect((shown.json.event as { image: string }).image).toBe(`/uploads/${stored.imagePath}`);
  });

  it("serves nothing but stored uploads", async () => {
    for (const file of ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "x.png", `${"a".repeat(32)}.png`, `${"a".repeat(32)}.txt`]) {
      const res = await api.get(upload, { path: "/uploads/x", params: { file } });
      expect(res.status, file).toBe(404);
    }
  });

  it("refuses a text file renamed .png, and leaves no event behind", async () => {
    const name = uniq("Bad image");
    const res = await api.post(create, {
      path: "/api/event/create",
      form: { data: JSON.stringify({ eventName: name, date: "2030-03-15" }), img: new File(["hello, not an image"], "poster.png", { type: "image/png" }) },
      token: organizer.token,
      ip: ip(),
    });
    expectS4Error(res, 400, /PNG, JPEG and WebP/);
    expect((res.json.errors as Record<string, string[]>).img).toBeDefined();
    expect(await db.event.count({ where: { title: name } })).toBe(0);
  });

  it("accepts a plain JSON body (admins too)", async () => {
    const res = await api.post(create, { path: "/api/event/create", json: { eventName: "JSON event", date: "2030-04-01T18:00:00Z", maxParticipants: "3" }, token: admin.token, ip: ip() });
    expect(res.status, res.text).toBe(201);
    expect(res.json.event).toMatchObject({ eventName: "JSON event", date: "2030-04-01T18:00:00.000Z", venue: null, Status: "upcoming" });
  });

  it("answers 400 with field errors for invalid data, 401 without a token, 403 for a user", async () => {
    const bad = await api.post(create, { path: "/api/event/create", json: { description: "no name", date: "not a date", maxParticipants: -1 }, token: organizer.token, ip: ip() });
    expectS4Error(bad, 400);
    expect(Object.keys(bad.json.errors as object)).toEqual(expect.arrayContaining(["eventName", "date", "maxParticipants"]));
    const malformed = await api.post(create, { path: "/api/event/create", form: { data: "{not json" }, token: organizer.token, ip: ip() });
    expectS4Error(malformed, 400, /data/);
    expectS4Error(await api.post(create, { path: "/api/event/create", json: { eventName: "x", date: "2030-01-01" }, ip: ip() }), 401);
    expectS4Error(await api.post(create, { path: "/api/event/create", json: { eventName: "x", date: "2030-01-01" }, token: user.token, ip: ip() }), 403);
  });
});

describe("GET /api/event and GET /api/event/:id", () => {
  it("lists published events with lower-case statuses; the organizer's e-mail only for admins and that organizer", async () => {
    const event = await freeEvent(organizer, { capacity: 1 });
    await freeEvent(organizer, { published: false });
    await registerAs(user, event.id);

    const publicList = await api.get(list, { path: "/api/event", ip: ip() });
    expect(publicList.status).toBe(200);
    expect(publicList.json.message).toBe("Events retrieved successfully");
    const entries = publicList.json.data as Record<string, unknown>[];
    const mine = entries.find((e) => e._id === event.id)!;
    expect(mine).toMatchObject({ eventName: event.title, description: "A day of talks", venue: "Hall A", Status: "upcoming", ticketStatus: "sold out", createdBy: { email: null } });
    expect(entries.every((e) => e.Status !== undefined)).toBe(true);
    expectNoSecrets(publicList);

    for (const viewer of [admin, organizer]) {
      const res = await api.get(list, { path: "/api/event", token: viewer.token, ip: ip() });
      expect((res.json.data as { _id: string; createdBy: { email: string } }[]).find((e) => e._id === event.id)!.createdBy.email).toBe(organizer.email);
    }
    const other = await api.get(list, { path: "/api/event", token: otherOrganizer.token, ip: ip() });
    expect((other.json.data as { _id: string; createdBy: { email: string | null } }[]).find((e) => e._id === event.id)!.createdBy.email).toBeNull();
  });

  it("shows one event with the viewer's relation, 404 for unknown, malformed and others' drafts, 401 without a token", async () => {
    const event = await freeEvent(organizer, { capacity: 10 });
    await registerAs(user, event.id);
    const seen = await api.get(detail, { path: `/api/event/${event.id}`, params: { id: event.id }, token: user.token, ip: ip() });
    expect(seen.status, seen.text).toBe(200);
    expect(seen.json).toMatchObject({
      success: true,
      event: { _id: event.id, eventName: event.title, maxParticipants: 10, isOrganizer: false, isRegistered: true, participantCount: 1, decryptedData: { eventName: event.title, description: "A day of talks" } },
    });
    const byOrganizer = await api.get(detail, { path: `/api/event/${event.id}`, params: { id: event.id }, token: organizer.token, ip: ip() });
    expect(byOrganizer.json.event).toMatchObject({ isOrganizer: true, isRegistered: false });

    const draft = await freeEvent(organizer, { published: false });
    for (const id of [draft.id, "not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expectS4Error(await api.get(detail, { path: `/api/event/${id}`, params: { id }, token: user.token, ip: ip() }), 404, "Event not found");
    }
    expect((await api.get(detail, { path: `/api/event/${draft.id}`, params: { id: draft.id }, token: organizer.token, ip: ip() })).status).toBe(200);
    expectS4Error(await api.get(detail, { path: `/api/event/${event.id}`, params: { id: event.id }, ip: ip() }), 401);
  });
});

describe("PUT and DELETE /api/event/:id", () => {
  it("lets the organizer and admins change an event; others get 403, unknown 404", async () => {
    const event = await freeEvent(organizer);
    const res = await api.put(update, { path: `/api/event/${event.id}`, params: { id: event.id }, json: { eventName: "Renamed", venue: "Hall B", Status: "ONGOING", ticketStatus: "sold_out" }, token: organizer.token, ip: ip() });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ success: true, message: "Event updated successfully", event: { eventName: "Renamed", venue: "Hall B", Status: "ongoing", ticketStatus: "sold out" } });
    const byAdmin = await api.put(update, { path: `/api/event/${event.id}`, params: { id: event.id }, form: { data: JSON.stringify({ description: "By the admin" }) }, token: admin.token, ip: ip() });
    expect(byAdmin.status, byAdmin.text).toBe(200);

    for (const intruder of [otherOrganizer, user]) {
      expectS4Error(await api.put(update, { path: `/api/event/${event.id}`, params: { id: event.id }, json: { eventName: "Hijacked" }, token: intruder.token, ip: ip() }), 403);
      expectS4Error(await api.delete(remove, { path: `/api/event/${event.id}`, params: { id: event.id }, token: intruder.token, ip: ip() }), 403);
    }
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).title).toBe("Renamed");
    const unknown = "00000000-0000-4000-8000-000000000001";
    expectS4Error(await api.put(update, { path: `/api/event/${unknown}`, params: { id: unknown }, json: { eventName: "x" }, token: organizer.token, ip: ip() }), 404);
    expectS4Error(await api.put(update, { path: `/api/event/${event.id}`, params: { id: event.id }, json: { date: "never" }, token: organizer.token, ip: ip() }), 400);
    expectS4Error(await api.put(update, { path: `/api/event/${event.id}`, params: { id: event.id }, json: { eventName: "x" }, ip: ip() }), 401);
  });

  it("refuses a capacity below the places given; a larger one lets the waiting list in", async () => {
    const event = await freeEvent(organizer, { capacity: 1 });
    const [a, b] = await Promise.all([person(), person()]);
    expect((await registerAs(a, event.id)).status).toBe(200);
    expect((await registerAs(b, event.id)).status).toBe(202);
    const lower = await api.put(update, { path: `/api/event/${event.id}`, params: { id: event.id }, json: { maxParticipants: 0 }, token: organizer.token, ip: ip() });
    expectS4Error(lower, 400);
    const more = await api.put(update, { path: `/api/event/${event.id}`, params: { id: event.id }, json: { maxParticipants: 2 }, token: organizer.token, ip: ip() });
    expect(more.status, more.text).toBe(200);
    expect(await db.registration.findFirstOrThrow({ where: { eventId: event.id, userId: b.id } })).toMatchObject({ status: "REGISTERED" });
    expect((await lastMailTo(b.email))?.subject).toMatch(/place opened up/);
  });

  it("deletes an event with its registrations; 404 afterwards", async () => {
    const event = await freeEvent(organizer, { capacity: 5 });
    await registerAs(user, event.id);
    const res = await api.delete(remove, { path: `/api/event/${event.id}`, params: { id: event.id }, token: organizer.token, ip: ip() });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ success: true, message: "Event deleted successfully" });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
    expectS4Error(await api.delete(remove, { path: `/api/event/${event.id}`, params: { id: event.id }, token: organizer.token, ip: ip() }), 404);
  });
});

describe("POST and DELETE /api/event/:id/register", () => {
  it("registers with a signed ticket; a second time is 400 'Already registered'", async () => {
    const event = await freeEvent(organizer, { capacity: 10 });
    const res = await registerAs(user, event.id);
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ success: true, message: "Successfully registered for event!", ticket: { eventName: event.title, eventDate: event.startsAt.toISOString(), venue: "Hall A" } });
    const ticket = res.json.ticket as { ticketId: string; encryptedTicketData: string };
    expect(ticket.encryptedTicketData).toMatch(/^T1\./);
    const issued = await db.ticket.findUniqueOrThrow({ where: { id: ticket.ticketId } });
    expect(issued).toMatchObject({ status: "VALID", userId: user.id, eventId: event.id });
    // The ticket is e-mailed like a purchase's: its QR code inline and the event as an .ics file.
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: user.email, template: "tickets", subject: `Your tickets for ${event.title}` } });
    expect(mail.text).toContain(issued.code);
    const files = (mail.attachments as { filename: string; contentType: string }[]).map((a) => a.contentType);
    expect(files).toEqual(["image/png", "text/calendar"]);
    expectS4Error(await registerAs(user, event.id), 400, "Already registered");
    expect(await db.emailOutbox.count({ where: { to: user.email, subject: `Your tickets for ${event.title}` } })).toBe(1);
    expectNoSecrets(res);
  });

  it("refuses unknown, unpublished, past, closed and paid events, and anonymous callers", async () => {
    const unknown = "00000000-0000-4000-8000-000000000002";
    expectS4Error(await registerAs(user, unknown), 404, "Event not found");
    expectS4Error(await registerAs(user, "nope"), 404, "Event not found");
    expectS4Error(await registerAs(user, (await freeEvent(organizer, { published: false })).id), 404);
    expectS4Error(await registerAs(user, (await freeEvent(organizer, { startsAt: new Date(Date.now() - 86_400_000) })).id), 400, "This event has already taken place");
    expectS4Error(await registerAs(user, (await freeEvent(organizer, { ticketStatus: "CLOSED" })).id), 400, "Registration for this event is closed");
    expectS4Error(await registerAs(user, (await freeEvent(organizer, { priceMinor: 1500 })).id), 400, "This event needs a ticket purchase");
    const event = await freeEvent(organizer);
    expectS4Error(await api.post(register, { path: `/api/event/${event.id}/register`, params: { id: event.id }, ip: ip() }), 401);
  });

  it("waitlists the third of three for two places; a cancellation promotes them with an e-mail and a ticket", async () => {
    const event = await freeEvent(organizer, { capacity: 2 });
    const [a, b, c] = await Promise.all([person(), person(), person()]);
    expect((await registerAs(a, event.id)).status).toBe(200);
    expect((await registerAs(b, event.id)).status).toBe(200);
    const third = await registerAs(c, event.id);
    expect(third.status, third.text).toBe(202);
    expect(third.json).toMatchObject({ success: true, waitlisted: true, position: 1, ticket: null });
    expectS4Error(await registerAs(c, event.id), 400, "Already registered");

    const gone = await api.delete(cancel, { path: `/api/event/${event.id}/register`, params: { id: event.id }, token: a.token, ip: ip() });
    expect(gone.status, gone.text).toBe(200);
    const rows = await db.registration.findMany({ where: { eventId: event.id }, include: { ticket: true } });
    const byUser = new Map(rows.map((r) => [r.userId, r]));
    expect(byUser.get(a.id)).toMatchObject({ status: "CANCELLED", ticket: { status: "CANCELLED" } });
    expect(byUser.get(c.id)).toMatchObject({ status: "REGISTERED", ticket: { status: "VALID" } });
    const mail = await lastMailTo(c.email);
    expect(mail?.subject).toContain(event.title);
    expect(mail?.text).toContain(byUser.get(c.id)!.ticket!.code);

    // The one who left may come back: at the back of the queue.
    const again = await registerAs(a, event.id);
    expect(again.status, again.text).toBe(202);
    expectS4Error(await api.delete(cancel, { path: `/api/event/${event.id}/register`, params: { id: event.id }, token: user.token, ip: ip() }), 404);
  });

  it("gives exactly the capacity when 20 users register at once", async () => {
    const event = await freeEvent(organizer, { capacity: 5 });
    const crowd = await Promise.all(Array.from({ length: 20 }, () => person()));
    const answers = await Promise.all(crowd.map((p) => registerAs(p, event.id)));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(5);
    expect(answers.filter((r) => r.status === 202)).toHaveLength(15);
    const counts = await db.registration.groupBy({ by: ["status"], where: { eventId: event.id }, _count: { _all: true } });
    expect(Object.fromEntries(counts.map((c) => [c.status, c._count._all]))).toEqual({ REGISTERED: 5, WAITLISTED: 15 });
    expect(await db.ticket.count({ where: { eventId: event.id } })).toBe(5);
    const positions = answers.filter((r) => r.status === 202).map((r) => r.json.position as number);
    expect(positions.sort((x, y) => x - y)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  }, 120_000);
});

describe("my events, participants and attendance", () => {
  it("lists my registrations with tickets, my created events, and the S4 user view", async () => {
    const event = await freeEvent(organizer, { capacity: 3 });
    const me = await person();
    await registerAs(me, event.id);
    const res = await api.get(myRegistered, { path: "/api/event/my/registered", token: me.token, ip: ip() });
    expect(res.status, res.text).toBe(200);
    expect(res.json.message).toBe("Your registered events retrieved successfully");
    const [entry] = res.json.events as Record<string, unknown>[];
    expect(entry).toMatchObject({ eventId: event.id, eventName: event.title, Status: "upcoming", attended: false, ticket: { userEmail: me.email, eventName: event.title } });
    expect((entry.ticket as { qrCode: string }).qrCode).toMatch(/^T1\./);
    expect(entry.ticketId).toBe((entry.ticket as { ticketId: string }).ticketId);

    const s4User = await api.get(userRegistered, { path: "/api/user/events/registered", token: me.token, ip: ip() });
    expect(s4User.json).toMatchObject({ success: true, registeredEvents: [{ eventId: event.id, attended: false, ticketId: entry.ticketId }] });
    expectS4Error(await api.get(userRegistered, { path: "/api/user/events/registered", ip: ip() }), 401);

    const created = await api.get(myCreated, { path: "/api/event/my/created", token: organizer.token, ip: ip() });
    expect(created.json.message).toBe("Your created events retrieved successfully");
    expect((created.json.events as Record<string, unknown>[]).find((e) => e._id === event.id)).toMatchObject({ participantCount: 1, attendedCount: 0, maxParticipants: 3, Status: "upcoming" });
    const none = await api.get(myCreated, { path: "/api/event/my/created", token: me.token, ip: ip() });
    expect(none.json.events).toEqual([]);
  });

  it("shows participants to the organizer and admins only, and marks attendance once", async () => {
    const event = await freeEvent(organizer, { capacity: 1 });
    const [guest, late] = await Promise.all([person(), person()]);
    await registerAs(guest, event.id);
    await registerAs(late, event.id);

    for (const intruder of [otherOrganizer, user]) {
      expectS4Error(await api.get(participants, { path: `/api/event/${event.id}/participants`, params: { id: event.id }, token: intruder.token, ip: ip() }), 403, "Only event organizer can view participants");
      expectS4Error(
        await api.post(attendance, { path: `/api/event/${event.id}/attendance`, params: { id: event.id }, json: { userId: guest.id }, token: intruder.token, ip: ip() }),
        403,
        "Only event organizer can mark attendance",
      );
    }

    const marked = await api.post(attendance, { path: `/api/event/${event.id}/attendance`, params: { id: event.id }, json: { userId: guest.id, verificationMethod: "QR Code" }, token: organizer.token, ip: ip() });
    expect(marked.status, marked.text).toBe(200);
    expect(marked.json).toMatchObject({ success: true, message: "Attendance marked successfully", participant: { userId: guest.id, attended: true } });
    expectS4Error(await api.post(attendance, { path: `/api/event/${event.id}/attendance`, params: { id: event.id }, json: { userId: guest.id }, token: admin.token, ip: ip() }), 400, "Attendance already marked");
    expectS4Error(await api.post(attendance, { path: `/api/event/${event.id}/attendance`, params: { id: event.id }, json: { userId: late.id }, token: organizer.token, ip: ip() }), 404, "Participant not registered for event");

    const res = await api.get(participants, { path: `/api/event/${event.id}/participants`, params: { id: event.id }, token: admin.token, ip: ip() });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      success: true,
      message: "Participants retrieved successfully",
      event: { eventName: event.title, totalParticipants: 1, attended: 1, maxParticipants: 1 },
      participants: [{ userId: guest.id, email: guest.email, attended: true }],
      waitingList: [{ userId: late.id, position: 1 }],
      attendanceRecords: [{ userId: guest.id, verificationMethod: "QR Code" }],
    });
    expectNoSecrets(res);

    const created = await api.get(myCreated, { path: "/api/event/my/created", token: organizer.token, ip: ip() });
    expect((created.json.events as Record<string, unknown>[]).find((e) => e._id === event.id)).toMatchObject({ attendedCount: 1 });
    const mine = await api.get(myRegistered, { path: "/api/event/my/registered", token: guest.token, ip: ip() });
    expect((mine.json.events as Record<string, unknown>[])[0]).toMatchObject({ attended: true });
    // Someone who attended cannot give their place away afterwards.
    expectS4Error(await api.delete(cancel, { path: `/api/event/${event.id}/register`, params: { id: event.id }, token: guest.token, ip: ip() }), 400);
  });
});
