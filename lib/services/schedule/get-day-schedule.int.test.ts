import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeFilmShowing } from "@/tests/support/factories";
import { getDaySchedule } from "./get-day-schedule";

describe("getDaySchedule", () => {
  it("lists the day's films with their shows and free seats; expired holds count as free", async () => {
    const now = new Date("2031-03-01T12:00:00Z");
    const { film, showtime } = await makeFilmShowing({ startsAt: new Date("2031-03-05T20:45:00Z"), rows: ["A"], seatsPerRow: 6 });
    const seats = await db.showtimeSeat.findMany({ where: { showtimeId: showtime.id }, orderBy: { seat: { number: "asc" } } });
    await db.showtimeSeat.update({ where: { id: seats[0].id }, data: { state: "SOLD" } });
    await db.showtimeSeat.update({ where: { id: seats[1].id }, data: { state: "HELD", heldUntil: new Date(now.getTime() + 60_000) } });
    await db.showtimeSeat.update({ where: { id: seats[2].id }, data: { state: "HELD", heldUntil: new Date(now.getTime() - 60_000) } });

    const schedule = await getDaySchedule("2031-03-05", now);
    const entry = schedule.films.find((f) => f.film.id === film.id);
    expect(entry?.shows).toHaveLength(1);
    expect(entry?.shows[0]).toMatchObject({ id: showtime.id, time: "20:45", freeSeats: 4 });

    expect((await getDaySchedule("2031-03-06", now)).films.find((f) => f.film.id === film.id)).toBeUndefined();
  });

  it("leaves out cancelled showtimes and unpublished films", async () => {
    const { film, showtime } = await makeFilmShowing({ startsAt: new Date("2031-03-07T18:00:00Z") });
    await db.showtime.update({ where: { id: showtime.id }, data: { status: "CANCELLED" } });
    expect((await getDaySchedule("2031-03-07")).films.find((f) => f.film.id === film.id)).toBeUndefined();

    const other = await makeFilmShowing({ startsAt: new Date("2031-03-08T18:00:00Z") });
    await db.event.update({ where: { id: other.film.id }, data: { publishedAt: null } });
    expect((await getDaySchedule("2031-03-08")).films.find((f) => f.film.id === other.film.id)).toBeUndefined();
  });

  it("refuses a malformed date with a 400", async () => {
    await expect(getDaySchedule("2031-02-30")).rejects.toMatchObject({ status: 400 });
    await expect(getDaySchedule("yesterday")).rejects.toMatchObject({ status: 400 });
  });
});
