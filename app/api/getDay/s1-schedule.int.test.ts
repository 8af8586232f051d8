// S1 schedule: getDay and fullSchedule list films, show times and the labels of the seats still free.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { api } from "@/tests/support/api";
import { makeFilmShowing } from "@/tests/support/factories";
import { GET as fullSchedule } from "../fullSchedule/route";
import { GET } from "./route";

type Show = { time: string; id: string; auditorium: string; price: number; currency: string; freeSeats: string[] };
type Film = { id: string; title: string; shows: Show[] };

describe("GET /api/getDay", () => {
  it("lists the day's film with its show time and free seat labels; a sold or held seat is left out", async () => {
    const { film, showtime, hall } = await makeFilmShowing({ startsAt: new Date("2033-02-03T15:00:00Z"), rows: ["A", "B"], seatsPerRow: 3 });
    const seats = await db.showtimeSeat.findMany({ where: { showtimeId: showtime.id }, select: { id: true, seat: { select: { label: true } } } });
    const seat = (label: string) => seats.find((s) => s.seat.label === label)!.id;
    await db.showtimeSeat.update({ where: { id: seat("A2") }, data: { state: "SOLD" } });
    await db.showtimeSeat.update({ where: { id: seat("B1") }, data: { state: "HELD", heldUntil: new Date(Date.now() + 600_000) } });
    await db.showtimeSeat.update({ where: { id: seat("B3") }, data: { state: "HELD", heldUntil: new Date(Date.now() - 60_000) } });

    const res = await api.get(GET, { path: "/api/getDay?date=2033-02-03", ip: "10.50.1.1" });
    expect(res.status).toBe(200);
    expect(res.json.message).toBe("success");
    const entry = (res.json.day as Film[]).find((f) => f.id === film.id);
    expect(entry).toMatchObject({ title: film.title });
    expect(entry?.shows).toEqual([
      expect.objectContaining({ time: "15:00", id: showtime.id, auditorium: hall.name, price: 9, currency: expect.any(String), freeSeats: ["A1", "A3", "B2", "B3"] }),
    ]);
  });

  it("answers 404 'Date not found' for a malformed date, an impossible one and a day without shows; 400 without a date", async () => {
    for (const date of ["2033-02-30", "tomorrow", "2099-01-01"]) {
      const res = await api.get(GET, { path: `/api/getDay?date=${date}`, ip: "10.50.1.2" });
      expect(res.status).toBe(404);
      expect(res.json).toEqual({ message: "Date not found" });
    }
    expect((await api.get(GET, { path: "/api/getDay", ip: "10.50.1.2" })).status).toBe(400);
  });
});

describe("GET /api/fullSchedule", () => {
  it("lists every day from today with shows, each with its films and free seats", async () => {
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    startsAt.setUTCHours(18, 30, 0, 0);
    const { film, showtime } = await makeFilmShowing({ startsAt, rows: ["A"], seatsPerRow: 2 });
    const res = await api.get(fullSchedule, { path: "/api/fullSchedule", ip: "10.50.1.3" });
    expect(res.status).toBe(200);
    expect(res.json.message).toBe("success");
    const schedule = res.json.schedule as { date: string; day: Film[] }[];
    const dates = schedule.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    const day = schedule.find((d) => d.date === startsAt.toISOString().slice(0, 10));
    expect(day?.day.find((f) => f.id === film.id)?.shows).toEqual([expect.objectContaining({ id: showtime.id, time: "18:30", freeSeats: ["A1", "A2"] })]);
    // 2033 is far outside the 14 days.
    expect(dates.some((d) => d.startsWith("2033"))).toBe(false);
  });
});
