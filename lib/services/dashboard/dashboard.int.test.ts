import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { resetEnv } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { createOrderFromHold } from "@/lib/services/booking/checkout";
import { holdSeats } from "@/lib/services/booking/hold-seats";
import { payOrder } from "@/lib/services/booking/pay-order";
import { createAuditorium } from "@/lib/services/seating/create-auditorium";
import { gridSeatMap } from "@/lib/services/seating/grid-seat-map";
import { EVENT_IMAGE_MAX_WIDTH, saveEventImage } from "@/lib/services/uploads/save-event-image";
import { futureStart, makeBookingScene, outboxTo } from "@/tests/support/booking-factories";
import { makeUser, uniq } from "@/tests/support/factories";
import { cancelEvent } from "./cancel-event";
import { deleteDashboardEvent } from "./delete-dashboard-event";
import { getDashboardEvent } from "./get-dashboard-event";
import { getEventPeople, getEventSales } from "./get-event-sales";
import { listDashboardEvents } from "./list-dashboard-events";
import { createDashboardEvent, setEventPublished, updateDashboardEvent } from "./save-dashboard-event";
import { cancelShowtime, saveShowtime } from "./showtimes";

const TZ = "UTC";
const actorOf = (user: { id: string; role: "USER" | "ORGANIZER" | "STAFF" | "ADMIN" }) => ({ userId: user.id, role: user.role });
const form = (over: Record<string, string> = {}) => ({ title: uniq("Conf"), kind: "CONFERENCE", startsAt: "2032-06-01T09:00", endsAt: "2032-06-01T17:00", capacity: "50", price: "12.50", currency: "eur", ...over });

async function rejects(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

const isNotFound = (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND";

async function buy(scene: Awaited<ReturnType<typeof makeBookingScene>>, buyer: number, seatLabels: string[]) {
  const userId = scene.buyers[buyer].id;
  const hold = await holdSeats({ showtimeId: scene.showtime.id, userId, seatLabels });
  const order = await createOrderFromHold({ holdId: hold.holdId, userId, idempotencyKey: `order-${hold.holdId}` });
  await payOrder({ orderId: order.id, userId, paymentMethod: "pm_card_visa" });
  return order;
}

beforeAll(async () => {
  process.env.UPLOADS_DIR = await mkdtemp(path.join(tmpdir(), "tessera-dash-uploads-"));
  resetEnv();
});

describe("dashboard events", () => {
  it("creates a draft from the form's strings, on the venue's wall clock, with typed lists", async () => {
    const organizer = await makeUser("ORGANIZER");
    const { id } = await createDashboardEvent(actorOf(organizer), form({ speakers: "Ada\n\n Grace \n", subEvents: "Keynote", genres: "Drama, ,Comedy" }), "Europe/Paris");
    const event = await db.event.findUniqueOrThrow({ where: { id } });
    expect(event).toMatchObject({ organizerId: organizer.id, publishedAt: null, priceMinor: 1250, currency: "EUR", capacity: 50, speakers: ["Ada", "Grace"], subEvents: ["Keynote"], genres: [] });
    expect(event.startsAt.toISOString()).toBe("2032-06-01T07:00:00.000Z"); // 09:00 in Paris (summer time)

    await setEventPublished(actorOf(organizer), id, true);
    expect((await db.event.findUniqueOrThrow({ where: { id } })).publishedAt).not.toBeNull();
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const organizer = await makeUser("ORGANIZER");
    const before = await db.event.count();
    const error = await rejects(createDashboardEvent(actorOf(organizer), form({ title: " ", startsAt: "2032-06-01T09:00", endsAt: "2032-05-01T09:00", capacity: "0", price: "12.345", currency: "EURO" }), TZ));
    expect(error).toBeInstanceOf(ZodError);
    const paths = (error as ZodError).issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "capacity", "price", "currency"]));
    expect(await db.event.count()).toBe(before);

    const { id } = await createDashboardEvent(actorOf(organizer), form(), TZ);
    const saved = await db.event.findUniqueOrThrow({ where: { id } });
    expect(await rejects(updateDashboardEvent(actorOf(organizer), id, form({ title: "Changed", endsAt: "2032-05-01T09:00" }), TZ))).toBeInstanceOf(ZodError);
    const cancelVia = await rejects(updateDashboardEvent(actorOf(organizer), id, form({ title: "Changed", status: "CANCELLED" }), TZ));
    expect(cancelVia).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { status: [expect.stringContaining("Cancel event")] } });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toEqual(saved);

    const showtimes = await db.showtime.count();
    const bad = await rejects(saveShowtime(actorOf(organizer), { eventId: id, startsAt: "tomorrow", price: "-1" }, TZ));
    expect((bad as ZodError).issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["startsAt", "price", "capacity"]));
    expect(await db.showtime.count()).toBe(showtimes);
  });

  it("shows and changes an organizer's events to them and admins only: others get 404", async () => {
    const [a, b, admin, user] = await Promise.all([makeUser("ORGANIZER"), makeUser("ORGANIZER"), makeUser("ADMIN"), makeUser("USER")]);
    const { id } = await createDashboardEvent(actorOf(a), form({ title: uniq("Private") }), TZ);
    const saved = await db.event.findUniqueOrThrow({ where: { id } });

    expect((await listDashboardEvents(actorOf(b))).events.map((e) => e.id)).not.toContain(id);
    expect((await listDashboardEvents(actorOf(a))).events.map((e) => e.id)).toContain(id);
    expect((await listDashboardEvents(actorOf(admin), { search: saved.title })).events.map((e) => e.id)).toEqual([id]);

    const asB = actorOf(b);
    // Thunks, run one by one, so no rejection is left unobserved.
    const attempts = [
      () => getDashboardEvent(asB, id),
      () => getEventSales(asB, id),
      () => updateDashboardEvent(asB, id, form({ title: "Hijacked" }), TZ),
      () => setEventPublished(asB, id, true),
      () => cancelEvent(asB, id),
      () => deleteDashboardEvent(asB, id),
      () => saveShowtime(asB, { eventId: id, startsAt: "2032-06-01T09:00", capacity: "10" }, TZ),
    ];
    for (const attempt of attempts) expect(isNotFound(await rejects(attempt()))).toBe(true);
    expect(await rejects(listDashboardEvents(actorOf(user)))).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toEqual(saved);
    expect(await db.showtime.count({ where: { eventId: id } })).toBe(0);

    await updateDashboardEvent(actorOf(admin), id, form({ title: "Renamed by an admin" }), TZ);
    expect((await getDashboardEvent(actorOf(a), id)).title).toBe("Renamed by an admin");
  });

  it("stores images as WebP no wider than the maximum, and refuses what is not an image", async () => {
    const big = await sharp({ create: { width: 3000, height: 1200, channels: 3, background: { r: 200, g: 40, b: 90 } } }).png().toBuffer();
    const name = await saveEventImage(new File([new Uint8Array(big)], "poster.png", { type: "image/png" }), "image");
    expect(name).toMatch(/^[0-9a-f]{32}\.webp$/);
    const stored = await readFile(path.join(process.env.UPLOADS_DIR!, name));
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: "webp", width: EVENT_IMAGE_MAX_WIDTH, height: 640 });

    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#123456" } }).jpeg().toBuffer();
    const organizer = await makeUser("ORGANIZER");
    const { id } = await createDashboardEvent(actorOf(organizer), form(), TZ, new File([new Uint8Array(small)], "s.jpg", { type: "image/jpeg" }));
    const { imagePath } = await db.event.findUniqueOrThrow({ where: { id } });
    expect(imagePath).toMatch(/\.webp$/);
    expect((await sharp(await readFile(path.join(process.env.UPLOADS_DIR!, imagePath!))).metadata()).width).toBe(300); // never enlarged

    // Removing the image clears the column and the file.
    await updateDashboardEvent(actorOf(organizer), id, form({ removeImage: "on" }), TZ);
    expect((await db.event.findUniqueOrThrow({ where: { id } })).imagePath).toBeNull();
    expect(await rejects(readFile(path.join(process.env.UPLOADS_DIR!, imagePath!)))).toMatchObject({ code: "ENOENT" });

    const text = new File([new TextEncoder().encode("not an image at all")], "fake.png", { type: "image/png" });
    const before = await db.event.count();
    expect(await rejects(createDashboardEvent(actorOf(organizer), form(), TZ, text))).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { image: [expect.stringContaining("PNG, JPEG and WebP")] } });
    expect(await db.event.count()).toBe(before);
  });
});

describe("dashboard showtimes", () => {
  it("creates a seated showtime with one inventory row per seat and a price per category", async () => {
    const organizer = await makeUser("ORGANIZER");
    const other = await makeUser("ORGANIZER");
    const hall = await createAuditorium(
      {
        name: uniq("Hall"),
        seatMap: gridSeatMap({ rowLabels: ["A", "B", "C"], seatsPerRow: 4, disabled: ["C4"], categories: [{ name: "Standard", color: "#888888", rows: ["A", "B"] }, { name: "Premium", color: "#aa3300", rows: ["C"] }] }),
      },
      organizer.id,
    );
    const foreignHall = await createAuditorium({ name: uniq("Hall"), seatMap: gridSeatMap({ rowLabels: ["A"], seatsPerRow: 2 }) }, other.id);
    const categories = await db.seatCategory.findMany({ where: { auditoriumId: hall.id } });
    const premium = categories.find((c) => c.name === "Premium")!;
    const standard = categories.find((c) => c.name === "Standard")!;
    const { id: eventId } = await createDashboardEvent(actorOf(organizer), form({ kind: "FILM", durationMinutes: "95", capacity: "" }), TZ);

    const refused = await rejects(saveShowtime(actorOf(organizer), { eventId, startsAt: "2032-06-02T20:00", auditoriumId: foreignHall.id, price: "9" }, TZ));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { auditoriumId: [expect.any(String)] } });

    const { id } = await saveShowtime(
      actorOf(organizer),
      { eventId, startsAt: "2032-06-02T20:00", auditoriumId: hall.id, price: "9", currency: "EUR", [`categoryPrice.${standard.id}`]: "9.50", [`categoryPrice.${premium.id}`]: "14" },
      TZ,
    );
    const showtime = await db.showtime.findUniqueOrThrow({ where: { id }, include: { prices: true } });
    expect(showtime).toMatchObject({ auditoriumId: hall.id, priceMinor: 900, capacity: null, status: "SCHEDULED" });
    expect(showtime.endsAt?.toISOString()).toBe("2032-06-02T21:35:00.000Z");
    expect(Object.fromEntries(showtime.prices.map((p) => [p.categoryId, p.priceMinor]))).toEqual({ [standard.id]: 950, [premium.id]: 1400 });
    const inventory = await db.showtimeSeat.findMany({ where: { showtimeId: id }, select: { state: true, seat: { select: { label: true, isDisabled: true } } } });
    expect(inventory).toHaveLength(12);
    expect(inventory.every((s) => s.state === "AVAILABLE")).toBe(true);
    expect(inventory.find((s) => s.seat.label === "C4")?.seat.isDisabled).toBe(true);

    const unseated = await saveShowtime(actorOf(organizer), { eventId, startsAt: "2032-06-03T20:00", capacity: "40", price: "" }, TZ);
    expect(await db.showtime.findUniqueOrThrow({ where: { id: unseated.id } })).toMatchObject({ auditoriumId: null, capacity: 40, priceMinor: 0 });
    expect(await db.showtimeSeat.count({ where: { showtimeId: unseated.id } })).toBe(0);
  });

  it("keeps a showtime with sales in its auditorium, and cancelling it refunds and e-mails its buyers once", async () => {
    const scene = await makeBookingScene({ buyers: 2 });
    const organizer = actorOf(scene.organizer);
    await buy(scene, 0, ["A1", "A2"]);
    const other = await createAuditorium({ name: uniq("Hall"), seatMap: gridSeatMap({ rowLabels: ["A"], seatsPerRow: 3 }) }, scene.organizer.id);

    const moved = await rejects(saveShowtime(organizer, { eventId: scene.film.id, showtimeId: scene.showtime.id, startsAt: "2032-06-02T20:00", auditoriumId: other.id, price: "9" }, TZ));
    expect(moved).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { auditoriumId: [expect.stringContaining("must stay in its auditorium")] } });
    expect((await db.showtime.findUniqueOrThrow({ where: { id: scene.showtime.id } })).auditoriumId).toBe(scene.hall.id);

    const first = await cancelShowtime(organizer, scene.film.id, scene.showtime.id);
    expect(first).toMatchObject({ changed: true, refundedOrders: 1, cancelledTickets: 2, notified: 1 });
    expect(await cancelShowtime(organizer, scene.film.id, scene.showtime.id)).toMatchObject({ changed: false });
    expect(await outboxTo(scene.buyers[0], "event-cancelled")).toHaveLength(1);
    expect(await db.ticket.count({ where: { showtimeId: scene.showtime.id, status: "VALID" } })).toBe(0);
    expect((await db.event.findUniqueOrThrow({ where: { id: scene.film.id } })).status).toBe("UPCOMING");
  });
});

describe("sales and people", () => {
  it("counts sales per showtime and in the list, and lists the ticket holders", async () => {
    const scene = await makeBookingScene({ buyers: 1 });
    const organizer = actorOf(scene.organizer);
    await buy(scene, 0, ["A3", "A4"]);
    const sales = await getEventSales(organizer, scene.film.id);
    expect(sales.totals).toMatchObject({ ticketsSold: 2, paidOrders: 1, revenueMinor: 1800 });
    expect(sales.showtimes).toEqual([expect.objectContaining({ id: scene.showtime.id, sold: 2, places: 10, revenueMinor: 1800 })]);
    expect(sales.orders).toEqual([expect.objectContaining({ status: "PAID", places: 2, buyer: { name: expect.any(String), email: `${scene.buyers[0].username}@example.test` } })]);

    const listed = (await listDashboardEvents(organizer)).events.find((e) => e.id === scene.film.id);
    expect(listed).toMatchObject({ sold: 2, places: 10, revenueMinor: 1800, showtimeCount: 1 });

    const people = await getEventPeople(organizer, scene.film.id);
    expect(people.ticketHolders.map((t) => t.seatLabel).sort()).toEqual(["A3", "A4"]);
    expect(isNotFound(await rejects(getEventPeople(actorOf(await makeUser("ORGANIZER")), scene.film.id)))).toBe(true);
  });

  it("moves a showtime without sales to another auditorium with fresh inventory", async () => {
    const scene = await makeBookingScene({ buyers: 0 });
    const organizer = actorOf(scene.organizer);
    const other = await createAuditorium({ name: uniq("Hall"), seatMap: gridSeatMap({ rowLabels: ["A"], seatsPerRow: 3 }) }, scene.organizer.id);
    await saveShowtime(organizer, { eventId: scene.film.id, showtimeId: scene.showtime.id, startsAt: "2032-07-01T18:00", auditoriumId: other.id, price: "7" }, TZ);
    const seats = await db.showtimeSeat.findMany({ where: { showtimeId: scene.showtime.id }, select: { seat: { select: { auditoriumId: true } } } });
    expect(seats).toHaveLength(3);
    expect(seats.every((s) => s.seat.auditoriumId === other.id)).toBe(true);
    expect(await db.showtime.findUniqueOrThrow({ where: { id: scene.showtime.id } })).toMatchObject({ auditoriumId: other.id, priceMinor: 700 });
  });
});

describe("cancelling an event", () => {
  it("refunds paid orders, cancels tickets and registrations, and e-mails each holder exactly once", async () => {
    const scene = await makeBookingScene({ buyers: 3 });
    const organizer = actorOf(scene.organizer);
    const first = await buy(scene, 0, ["A1", "A2"]);
    const second = await buy(scene, 1, ["B3"]);
    // An abandoned hold of the third buyer is released too.
    const hold = await holdSeats({ showtimeId: scene.showtime.id, userId: scene.buyers[2].id, seatLabels: ["B5"] });
    await setEventPublished(organizer, scene.film.id, true);

    const result = await cancelEvent(organizer, scene.film.id);
    expect(result).toMatchObject({ changed: true, refundedOrders: 2, cancelledTickets: 3, notified: 2 });

    for (const order of [first, second]) {
      const row = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true, refunds: true } });
      expect(row.status).toBe("REFUNDED");
      expect(row.refundedAt).not.toBeNull();
      expect(row.payments.every((p) => p.status === "REFUNDED")).toBe(true);
      expect(row.refunds).toEqual([expect.objectContaining({ status: "SUCCEEDED", amountMinor: row.totalMinor })]);
    }
    const tickets = await db.ticket.findMany({ where: { eventId: scene.film.id } });
    expect(tickets.map((t) => [t.status, t.showtimeSeatId])).toEqual(tickets.map(() => ["CANCELLED", null]));
    expect(await db.event.findUniqueOrThrow({ where: { id: scene.film.id } })).toMatchObject({ status: "CANCELLED", ticketStatus: "CLOSED" });
    expect((await db.showtime.findUniqueOrThrow({ where: { id: scene.showtime.id } })).status).toBe("CANCELLED");
    expect((await db.seatHold.findUniqueOrThrow({ where: { id: hold.holdId } })).releasedAt).not.toBeNull();

    const [mailA] = await outboxTo(scene.buyers[0], "event-cancelled");
    expect(mailA).toMatchObject({ status: "SENT", subject: `Cancelled: ${scene.film.title}` });
    expect(mailA.text).toContain("€18.00");
    expect(mailA.text).toContain("Your 2 tickets are no longer valid");
    expect(await outboxTo(scene.buyers[2], "event-cancelled")).toHaveLength(0);

    // Twice changes nothing twice: no second refund, no second e-mail.
    expect(await cancelEvent(organizer, scene.film.id)).toMatchObject({ changed: false });
    expect(await db.refund.count({ where: { orderId: { in: [first.id, second.id] } } })).toBe(2);
    expect(await outboxTo(scene.buyers[0], "event-cancelled")).toHaveLength(1);
    expect(await outboxTo(scene.buyers[1], "event-cancelled")).toHaveLength(1);

    // Sales stay on record: the event cannot be deleted.
    expect(await rejects(deleteDashboardEvent(organizer, scene.film.id))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("cancel it instead") });
  });

  it("cancels registrations and the waiting list of a general-admission event, e-mailing each", async () => {
    const organizer = await makeUser("ORGANIZER");
    const { id } = await createDashboardEvent(actorOf(organizer), form({ capacity: "1", price: "" }), TZ);
    const [p1, p2] = await Promise.all([makeUser(), makeUser()]);
    await db.registration.create({ data: { eventId: id, userId: p1.id, status: "REGISTERED" } });
    await db.registration.create({ data: { eventId: id, userId: p2.id, status: "WAITLISTED" } });
    expect(await cancelEvent(actorOf(organizer), id)).toMatchObject({ changed: true, cancelledRegistrations: 2, notified: 2 });
    expect(await db.registration.count({ where: { eventId: id, status: "CANCELLED" } })).toBe(2);
    expect(await outboxTo(p2, "event-cancelled")).toHaveLength(1);
  });

  it("deletes a draft without sales", async () => {
    const organizer = await makeUser("ORGANIZER");
    const { id } = await createDashboardEvent(actorOf(organizer), form({ startsAt: futureStart().toISOString().slice(0, 16), endsAt: "" }), TZ);
    await deleteDashboardEvent(actorOf(organizer), id);
    expect(await db.event.count({ where: { id } })).toBe(0);
  });
});
