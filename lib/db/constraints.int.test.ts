import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeFilmShowing, uniq } from "@/tests/support/factories";

// The database itself refuses a second live ticket for a seat and a second
// admission for a ticket, whatever the application code does.
describe("database constraints", () => {
  it("make a double-sold seat impossible", async () => {
    const { film, showtime } = await makeFilmShowing({ startsAt: new Date("2031-01-10T18:00:00Z") });
    const seat = await db.showtimeSeat.findFirstOrThrow({ where: { showtimeId: showtime.id } });
    await db.ticket.create({ data: { code: uniq("T").slice(0, 16), eventId: film.id, showtimeId: showtime.id, showtimeSeatId: seat.id } });
    await expect(
      db.ticket.create({ data: { code: uniq("T").slice(0, 16), eventId: film.id, showtimeId: showtime.id, showtimeSeatId: seat.id } }),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(await db.ticket.count({ where: { showtimeSeatId: seat.id } })).toBe(1);
  });

  it("frees the seat for resale when the live ticket lets go of it", async () => {
    const { film, showtime } = await makeFilmShowing({ startsAt: new Date("2031-01-11T18:00:00Z") });
    const seat = await db.showtimeSeat.findFirstOrThrow({ where: { showtimeId: showtime.id } });
    const first = await db.ticket.create({ data: { code: uniq("T").slice(0, 16), eventId: film.id, showtimeSeatId: seat.id } });
    await db.ticket.update({ where: { id: first.id }, data: { status: "REFUNDED", showtimeSeatId: null } });
    await expect(db.ticket.create({ data: { code: uniq("T").slice(0, 16), eventId: film.id, showtimeSeatId: seat.id } })).resolves.toBeTruthy();
  });

  it("admit a ticket at most once", async () => {
    const { film } = await makeFilmShowing({ startsAt: new Date("2031-01-12T18:00:00Z") });
    const ticket = await db.ticket.create({ data: { code: uniq("T").slice(0, 16), eventId: film.id } });
    await db.checkIn.create({ data: { eventId: film.id, ticketId: ticket.id, method: "QR_CODE" } });
    await expect(db.checkIn.create({ data: { eventId: film.id, ticketId: ticket.id, method: "MANUAL" } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("keep one inventory row per seat and showtime", async () => {
    const { showtime } = await makeFilmShowing({ startsAt: new Date("2031-01-13T18:00:00Z") });
    const row = await db.showtimeSeat.findFirstOrThrow({ where: { showtimeId: showtime.id } });
    await expect(db.showtimeSeat.create({ data: { showtimeId: showtime.id, seatId: row.seatId } })).rejects.toMatchObject({ code: "P2002" });
  });
});
