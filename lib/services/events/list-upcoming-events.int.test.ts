import { describe, expect, it } from "vitest";
import { createEvent } from "@/lib/services/events/create-event";
import { makeFilmShowing, makeUser, uniq } from "@/tests/support/factories";
import { listUpcomingEvents, listUpcomingVenues } from "./list-upcoming-events";

// A far-future "now" keeps these events apart from other tests' rows.
const now = new Date("2033-06-01T08:00:00Z");
const day = (d: string, t = "00:00") => new Date(`${d}T${t}:00Z`);

async function scene() {
  const organizer = await makeUser("ORGANIZER");
  const venue = uniq("Hall");
  const tag = uniq("filter");
  const free = await createEvent({ title: `${tag} free talk`, startsAt: day("2033-06-10", "18:00"), endsAt: day("2033-06-10", "20:00"), venue, capacity: 50 }, organizer.id);
  const paid = await createEvent({ title: `${tag} paid workshop`, startsAt: day("2033-06-20", "09:00"), endsAt: day("2033-06-21", "17:00"), venue: uniq("Elsewhere"), capacity: 20, priceMinor: 2500 }, organizer.id);
  const { film } = await makeFilmShowing({ startsAt: day("2033-06-15", "20:00"), title: `${tag} film` });
  return { tag, venue, free, paid, film };
}

const ids = (r: { events: { id: string }[] }) => r.events.map((e) => e.id);

describe("listUpcomingEvents filters", () => {
  it("narrows by kind, price, venue and dates; a film counts by its shows and their prices", async () => {
    const { tag, venue, free, paid, film } = await scene();
    const list = (q: Parameters<typeof listUpcomingEvents>[0]) => listUpcomingEvents({ search: tag, now, pageSize: 50, ...q });

    expect(ids(await list({}))).toEqual([free.id, film.id, paid.id]);
    expect(ids(await list({ kind: "FILM" }))).toEqual([film.id]);
    expect(ids(await list({ kind: "CONFERENCE" }))).toEqual([free.id, paid.id]);
    // The film's show costs 9.00, so it is paid although the event row has no price.
    expect(ids(await list({ price: "paid" }))).toEqual([film.id, paid.id]);
    expect(ids(await list({ price: "free" }))).toEqual([free.id]);
    expect(ids(await list({ venue: venue.toUpperCase() }))).toEqual([free.id]);

    expect(ids(await list({ from: day("2033-06-15"), to: day("2033-06-16") }))).toEqual([film.id]);
    // The two-day workshop overlaps its second day.
    expect(ids(await list({ from: day("2033-06-21"), to: day("2033-06-22") }))).toEqual([paid.id]);
    expect(ids(await list({ to: day("2033-06-11") }))).toEqual([free.id]);
    expect(ids(await list({ from: day("2033-06-16") }))).toEqual([paid.id]);
    expect(ids(await list({ from: day("2033-07-01") }))).toEqual([]);
    expect(ids(await list({ kind: "CONFERENCE", price: "paid", from: day("2033-06-01") }))).toEqual([paid.id]);
  });

  it("lists the venues of upcoming published events once each", async () => {
    const { venue } = await scene();
    const venues = await listUpcomingVenues(now);
    expect(venues.filter((v) => v === venue)).toHaveLength(1);
  });
});
