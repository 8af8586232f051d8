// The public schedule is served from an in-process cache for SCHEDULE_CACHE_MS:
// sales made in this process show at once; other changes within the TTL.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db } from "@/lib/db/client";
import { resetEnv } from "@/lib/env";
import { holdSeats } from "@/lib/services/booking/hold-seats";
import { releaseHold } from "@/lib/services/booking/release-hold";
import { api } from "@/tests/support/api";
import { makeFilmShowing, makeUser } from "@/tests/support/factories";
import { GET } from "./route";

type Film = { id: string; shows: { freeSeats: string[] }[] };

const freeSeats = async (date: string, filmId: string) => {
  const res = await api.get(GET, { path: `/api/getDay?date=${date}`, ip: "10.50.9.1" });
  expect(res.status).toBe(200);
  return (res.json.day as Film[]).find((f) => f.id === filmId)!.shows[0].freeSeats;
};

describe("the schedule cache", () => {
  beforeEach(() => {
    process.env.SCHEDULE_CACHE_MS = "60000";
    resetEnv();
    invalidatePublicCache();
  });
  afterEach(() => {
    process.env.SCHEDULE_CACHE_MS = "0";
    resetEnv();
    invalidatePublicCache();
  });

  it("serves a computed day again, and a hold or release made here shows at once", async () => {
    const { film, showtime } = await makeFilmShowing({ startsAt: new Date("2034-04-04T18:00:00Z"), rows: ["A"], seatsPerRow: 3 });
    expect(await freeSeats("2034-04-04", film.id)).toEqual(["A1", "A2", "A3"]);

    // A change this process did not make (another server, a manual fix) waits for the TTL.
    const a3 = await db.showtimeSeat.findFirstOrThrow({ where: { showtimeId: showtime.id, seat: { label: "A3" } } });
    await db.showtimeSeat.update({ where: { id: a3.id }, data: { state: "SOLD" } });
    expect(await freeSeats("2034-04-04", film.id)).toEqual(["A1", "A2", "A3"]);

    const buyer = await makeUser();
    const hold = await holdSeats({ showtimeId: showtime.id, userId: buyer.id, seatLabels: ["A1"] });
    expect(await freeSeats("2034-04-04", film.id)).toEqual(["A2"]);
    await releaseHold(hold.holdId, buyer.id);
    expect(await freeSeats("2034-04-04", film.id)).toEqual(["A1", "A2"]);
  });

  it("never keeps an error answer", async () => {
    expect((await api.get(GET, { path: "/api/getDay?date=2034-05-05", ip: "10.50.9.2" })).status).toBe(404);
    const { film } = await makeFilmShowing({ startsAt: new Date("2034-05-05T18:00:00Z"), rows: ["A"], seatsPerRow: 2 });
    expect(await freeSeats("2034-05-05", film.id)).toEqual(["A1", "A2"]);
  });
});
