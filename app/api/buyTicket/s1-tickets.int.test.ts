// S1 tickets: buyTicket, buyManyTikets, getTikets/displayTikets and the QR PNG at urltoqr, called as HTTP requests.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { holdSeats } from "@/lib/services/booking/hold-seats";
import { api } from "@/tests/support/api";
import { lastMailTo, makeFilmShowing, makeUser, tokenFor } from "@/tests/support/factories";
import { POST as buyMany } from "../buyManyTikets/route";
import { GET as displayTikets } from "../displayTikets/route";
import { GET as getDay } from "../getDay/route";
import { GET as getTikets } from "../getTikets/route";
import { GET as qrPng } from "../tikets/[file]/route";
import { POST } from "./route";

type Ticket = { date: string; title: string; time: string; number: string; id: string; urltoqr: string; username?: string };

let day = 1;
/** A buyer with a token and a film on its own day in 2033 (seats A1..A4), with S1's headers for it. */
async function setup() {
  const date = `2033-05-${String(day++).padStart(2, "0")}`;
  const { film, showtime } = await makeFilmShowing({ startsAt: new Date(`${date}T19:30:00Z`), rows: ["A"], seatsPerRow: 4 });
  const user = await makeUser();
  const email = `${user.username}@example.test`;
  const token = await tokenFor(user.username);
  const headers = { token, date, title: film.title, time: "19:30", number: "A1", username: email };
  return { date, film, showtime, user, email, token, headers };
}

const buy = (headers: Record<string, string>, ip = "10.50.2.1") => api.post(POST, { path: "/api/buyTicket", headers, ip });
const seatStates = async (showtimeId: string) =>
  Object.fromEntries((await db.showtimeSeat.findMany({ where: { showtimeId }, select: { state: true, seat: { select: { label: true } } } })).map((s) => [s.seat.label, s.state]));
const freeSeats = async (date: string, showtimeId: string) => {
  const res = await api.get(getDay, { path: `/api/getDay?date=${date}`, ip: "10.50.2.9" });
  return (res.json.day as { shows: { id: string; freeSeats: string[] }[] }[]).flatMap((f) => f.shows).find((s) => s.id === showtimeId)?.freeSeats;
};

describe("POST /api/buyTicket", () => {
  it("buys a seat from S1's headers: data fields, a QR PNG at urltoqr, a ticket e-mail, the seat gone from getDay", async () => {
    const { date, film, showtime, email, headers } = await setup();
    const res = await buy(headers);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      message: "Ticket bought successfully",
      data: { date, title: film.title, time: "19:30", number: "A1", id: expect.any(String), code: expect.any(String), urltoqr: expect.any(String) },
    });
    const data = res.json.data as unknown as Ticket;
    expect(data.urltoqr).toBe(`http://localhost:3000/api/tikets/${data.id}.png`);

    const png = await api.get(qrPng, { path: new URL(data.urltoqr).pathname, params: { file: `${data.id}.png` }, ip: "10.50.2.2" });
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(png.headers.get("cache-control")).toBe("private, no-store");
    // The body read as text: the first byte (0x89) is not UTF-8, "PNG" follows it.
    expect(png.text.slice(1, 4)).toBe("PNG");

    expect((await lastMailTo(email))?.subject).toBe(`Your tickets for ${film.title}`);
    expect(await freeSeats(date, showtime.id)).toEqual(["A2", "A3", "A4"]);
  });

  it("accepts the fields in the query string too, a title in any letter case and the token as Bearer", async () => {
    const { film, token, headers } = await setup();
    const q = new URLSearchParams({ date: headers.date, title: film.title.toUpperCase(), time: headers.time, number: "a2", username: headers.username });
    const res = await api.post(POST, { path: `/api/buyTicket?${q}`, token, ip: "10.50.2.3" });
    expect(res.status).toBe(200);
    expect(res.json.data).toMatchObject({ number: "A2", title: film.title });
  });

  it("answers S1's messages for an unknown user, bad tokens, unknown date, title, time and seat", async () => {
    const { headers, user } = await setup();
    const other = await makeUser();
    const cases: [Record<string, string>, number, string][] = [
      [{ ...headers, username: "nobody@example.test" }, 404, "User not found"],
      [{ ...headers, token: "not-a-token" }, 401, "Wrong token or session expired"],
      [{ ...headers, token: await tokenFor(other.username) }, 401, "Wrong token or session expired"],
      [{ ...headers, date: "2033-13-01" }, 404, "Date not found"],
      [{ ...headers, date: "2099-05-01" }, 404, "Date not found"],
      [{ ...headers, title: "No Such Film" }, 404, "Title not found"],
      [{ ...headers, time: "11:00" }, 404, "Time not found"],
      [{ ...headers, number: "Z9" }, 404, "Seat not found"],
    ];
    for (const [h, status, message] of cases) {
      const res = await buy(h, "10.50.2.4");
      expect({ status: res.status, message: res.json.message }).toEqual({ status, message });
    }
    const { token: _token, ...noToken } = headers;
    expect((await buy(noToken, "10.50.2.4")).json).toEqual({ message: "Wrong token or session expired" });
    expect((await buy({ ...headers, number: "" }, "10.50.2.4")).status).toBe(400);
    expect((await buy({ ...headers, number: "[A1, A2]" }, "10.50.2.4")).status).toBe(400);
    expect(await db.ticket.count({ where: { userId: user.id } })).toBe(0);
  });

  it("gives each of many requests checked together (one statement for the batch) its own answer", async () => {
    const { headers, film } = await setup();
    const other = await setup();
    // The same requests, sent together: S1's checks of one turn of the event loop run as one statement.
    const cases: [Record<string, string>, number, string][] = [
      [{ ...headers, username: "nobody@example.test" }, 404, "User not found"],
      [{ ...headers, token: "not-a-token" }, 401, "Wrong token or session expired"],
      [{ ...headers, token: other.token }, 401, "Wrong token or session expired"],
      [{ ...headers, date: "2099-05-01" }, 404, "Date not found"],
      [{ ...headers, title: film.title.toUpperCase(), time: "11:00" }, 404, "Time not found"],
      [{ ...headers, number: "Z9" }, 404, "Seat not found"],
      [{ ...headers, number: "A4" }, 200, "Ticket bought successfully"],
      [{ ...other.headers, number: "A3" }, 200, "Ticket bought successfully"],
      [{ ...other.headers, number: "Q1" }, 404, "Seat not found"],
    ];
    const answers = await Promise.all(cases.map(([h]) => buy(h, "10.50.2.10")));
    expect(answers.map((a) => ({ status: a.status, message: a.json.message }))).toEqual(cases.map(([, status, message]) => ({ status, message })));
    expect(answers[6].json.data).toMatchObject({ number: "A4", title: film.title });
    expect(answers[7].json.data).toMatchObject({ number: "A3", title: other.film.title });
  });

  it("answers 403 'Email not confirmed' for a user whose e-mail is not confirmed", async () => {
    const { headers, user } = await setup();
    await db.user.update({ where: { id: user.id }, data: { emailConfirmedAt: null } });
    const res = await buy(headers, "10.50.2.5");
    expect(res.status).toBe(403);
    expect(res.json).toEqual({ message: "Email not confirmed" });
  });

  it("refuses a seat already sold (409 'Seat not found', errors.number) and changes nothing", async () => {
    const { showtime, headers } = await setup();
    expect((await buy(headers, "10.50.2.6")).status).toBe(200);
    const rival = await makeUser();
    const rivalHeaders = { ...headers, username: rival.username, token: await tokenFor(rival.username) };
    const before = await seatStates(showtime.id);
    const res = await buy(rivalHeaders, "10.50.2.6");
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ message: "Seat not found", errors: { number: ["Seat A1 is not available"] } });
    expect(await seatStates(showtime.id)).toEqual(before);
    expect(await db.order.count({ where: { userId: rival.id } })).toBe(0);
  });

  it("answers 402 'Payment declined' for a declined card and leaves the seat free, the order cancelled", async () => {
    const { date, showtime, user, headers } = await setup();
    const res = await api.post(POST, { path: "/api/buyTicket", headers: { ...headers, payment_method: "tok_chargeDeclined" }, ip: "10.50.2.7" });
    expect(res.status).toBe(402);
    expect(res.json.message).toBe("Payment declined");
    expect(await freeSeats(date, showtime.id)).toEqual(["A1", "A2", "A3", "A4"]);
    expect((await seatStates(showtime.id)).A1).toBe("AVAILABLE");
    expect(await db.ticket.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.order.findMany({ where: { userId: user.id }, select: { status: true } })).toEqual([{ status: "CANCELLED" }]);
    expect(await db.seatHold.count({ where: { userId: user.id, releasedAt: null } })).toBe(0);
    // The seat can be bought right after.
    expect((await buy(headers, "10.50.2.7")).status).toBe(200);
  });
});

describe("an on-sale rush on S1", () => {
  it("sells each seat once when 24 buyers race for a 4-seat hall (named and best available); the losers get S1's 409s and leave nothing behind", async () => {
    const { date, showtime, headers } = await setup();
    const buyers = await Promise.all(
      Array.from({ length: 24 }, async () => {
        const user = await makeUser();
        return { user, headers: { ...headers, username: user.username, token: await tokenFor(user.username) } };
      }),
    );
    // Bought together (one group transaction for the requests checked together): the losers are refused in memory.
    const answers = await Promise.all(
      buyers.map(({ headers: { number, ...h } }, i) =>
        i % 2 === 0
          ? buy({ ...h, number }, `10.50.9.${i + 1}`)
          : api.post(buyMany, { path: "/api/buyManyTikets", headers: { ...h, best_available: "2" }, ip: `10.50.9.${i + 1}` }),
      ),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const sold = answers.filter((a) => a.status === 200).flatMap((a) => [a.json.data].flat() as unknown as Ticket[]).map((t) => t.number);
    expect(new Set(sold).size).toBe(sold.length);
    expect(sold.length).toBeGreaterThanOrEqual(3);
    for (const refused of answers.filter((a) => a.status === 409)) expect(typeof refused.json.message).toBe("string");

    const states = await seatStates(showtime.id);
    expect(Object.entries(states).filter(([, state]) => state === "SOLD").map(([label]) => label).sort()).toEqual([...sold].sort());
    expect(Object.values(states).filter((state) => state === "HELD")).toEqual([]);
    const loserIds = buyers.filter((_, i) => answers[i].status === 409).map((b) => b.user.id);
    expect(await db.order.count({ where: { userId: { in: loserIds }, status: { not: "CANCELLED" } } })).toBe(0);
    expect(await db.ticket.count({ where: { showtimeId: showtime.id } })).toBe(sold.length);
    expect(await freeSeats(date, showtime.id)).toEqual(["A1", "A2", "A3", "A4"].filter((l) => !sold.includes(l)));
  });
});

describe("POST /api/buyManyTikets", () => {
  it("buys every listed seat in one order; getTikets and displayTikets list them", async () => {
    const { date, film, user, email, token, headers } = await setup();
    const res = await api.post(buyMany, { path: "/api/buyManyTikets", headers: { ...headers, number: "[A1, 'A2', \"a3\"]" }, ip: "10.50.3.1" });
    expect(res.status).toBe(200);
    expect(res.json.message).toBe("Ticket bought successfully");
    const data = res.json.data as unknown as Ticket[];
    expect(data.map((t) => t.number)).toEqual(["A1", "A2", "A3"]);
    for (const t of data) expect(t).toMatchObject({ username: email, date, title: film.title, time: "19:30", urltoqr: expect.stringContaining(`/api/tikets/${t.id}.png`) });
    expect(await db.order.count({ where: { userId: user.id } })).toBe(1);

    const q = new URLSearchParams({ username: email, token });
    const list = await api.get(getTikets, { path: `/api/getTikets?${q}`, ip: "10.50.3.2" });
    expect(list.status).toBe(200);
    expect(list.json.message).toBe("success");
    const tikets = list.json.tikets as unknown as Ticket[];
    expect(tikets.map((t) => t.number)).toEqual(["A1", "A2", "A3"]);
    expect(tikets[0]).toMatchObject({ date, title: film.title, time: "19:30", id: data[0].id, urltoqr: data[0].urltoqr });
    const display = await api.get(displayTikets, { path: `/api/displayTikets?${q}`, ip: "10.50.3.2" });
    expect(display.json).toEqual(list.json);
  });

  it("is all or nothing: one taken seat refuses the whole purchase and holds nothing", async () => {
    const { showtime, user, headers } = await setup();
    const rival = await makeUser();
    expect((await buy({ ...headers, number: "A3", username: rival.username, token: await tokenFor(rival.username) }, "10.50.3.3")).status).toBe(200);
    const res = await api.post(buyMany, { path: "/api/buyManyTikets", headers: { ...headers, number: "A1, A2, A3" }, ip: "10.50.3.3" });
    expect(res.status).toBe(409);
    expect(res.json.message).toBe("Seat not found");
    expect(await seatStates(showtime.id)).toEqual({ A1: "AVAILABLE", A2: "AVAILABLE", A3: "SOLD", A4: "AVAILABLE" });
    expect(await db.ticket.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("GET /api/getTikets", () => {
  it("answers S1's auth errors: unknown user 404, another user's token 401", async () => {
    const { email } = await setup();
    const other = await makeUser();
    const otherToken = await tokenFor(other.username);
    const unknown = await api.get(getTikets, { path: `/api/getTikets?${new URLSearchParams({ username: "nobody@example.test", token: otherToken })}`, ip: "10.50.3.4" });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ message: "User not found" });
    const wrong = await api.get(getTikets, { path: `/api/getTikets?${new URLSearchParams({ username: email, token: otherToken })}`, ip: "10.50.3.4" });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ message: "Wrong token or session expired" });
  });
});

describe("GET /api/tikets/<id>.png", () => {
  it("answers 404 JSON for an unknown or malformed file name", async () => {
    for (const file of ["00000000-0000-4000-8000-000000000000.png", "nope.png", "../etc/passwd"]) {
      const res = await api.get(qrPng, { path: `/api/tikets/${encodeURIComponent(file)}`, params: { file }, ip: "10.50.3.5" });
      expect(res.status).toBe(404);
      expect(res.json).toEqual({ message: "Ticket not found" });
    }
  });
});

describe("best_available (an addition to S1)", () => {
  it("lets the server choose adjacent free seats under lock, instead of naming them", async () => {
    const { showtime, headers } = await setup();
    const { number: _n, ...withoutNumber } = headers;
    expect((await buy({ ...headers, number: "A1" }, "10.50.2.20")).status).toBe(200);

    const tooMany = await api.post(buyMany, { path: "/api/buyManyTikets", headers: { ...withoutNumber, best_available: "4" }, ip: "10.50.2.20" });
    expect(tooMany.status).toBe(409);
    expect(tooMany.json.message).toBe("Only 3 seats are still available");
    expect(await db.seatHold.count({ where: { showtimeId: showtime.id } })).toBe(1);

    const many = await api.post(buyMany, { path: "/api/buyManyTikets", headers: { ...withoutNumber, best_available: "2" }, ip: "10.50.2.20" });
    expect(many.status).toBe(200);
    expect((many.json.data as unknown as Ticket[]).map((t) => t.number)).toEqual(["A2", "A3"]);
    const one = await buy({ ...withoutNumber, best_available: "1" }, "10.50.2.20");
    expect((one.json.data as unknown as Ticket).number).toBe("A4");
    expect(Object.values(await seatStates(showtime.id))).toEqual(["SOLD", "SOLD", "SOLD", "SOLD"]);

    const soldOut = await buy({ ...withoutNumber, best_available: "1" }, "10.50.2.20");
    expect(soldOut.status).toBe(409);
    expect(soldOut.json.message).toBe("This showtime is sold out");
  });

  it("counts the buyer's own live hold as free for best available, and nobody else's", async () => {
    const { showtime, headers, user } = await setup();
    const { number: _n, ...withoutNumber } = headers;
    await holdSeats({ showtimeId: showtime.id, userId: user.id, seatLabels: ["A1", "A2", "A3"] });

    const rival = await makeUser();
    const rivalHeaders = { ...withoutNumber, username: rival.username, token: await tokenFor(rival.username) };
    const refused = await api.post(buyMany, { path: "/api/buyManyTikets", headers: { ...rivalHeaders, best_available: "2" }, ip: "10.50.2.21" });
    expect(refused.status).toBe(409);
    expect(refused.json.message).toBe("Only 1 seat is still available");

    // Checked together (one statement, one seat map): the holder's four are there, the rival's two are not.
    const [mine, theirs] = await Promise.all([
      api.post(buyMany, { path: "/api/buyManyTikets", headers: { ...withoutNumber, best_available: "4" }, ip: "10.50.2.21" }),
      api.post(buyMany, { path: "/api/buyManyTikets", headers: { ...rivalHeaders, best_available: "2" }, ip: "10.50.2.21" }),
    ]);
    expect(mine.status).toBe(200);
    expect((mine.json.data as unknown as Ticket[]).map((t) => t.number)).toEqual(["A1", "A2", "A3", "A4"]);
    expect(theirs.status).toBe(409);
    expect(Object.values(await seatStates(showtime.id))).toEqual(["SOLD", "SOLD", "SOLD", "SOLD"]);
  });

  it("refuses a count out of range, or both number and best_available, with a 400 and nothing held", async () => {
    const { showtime, headers } = await setup();
    const { number: _n, ...withoutNumber } = headers;
    for (const [h, path] of [
      [{ ...withoutNumber, best_available: "2" }, "/api/buyTicket"],
      [{ ...withoutNumber, best_available: "0" }, "/api/buyTicket"],
      [{ ...withoutNumber, best_available: "two" }, "/api/buyTicket"],
      [{ ...headers, best_available: "1" }, "/api/buyTicket"],
      [{ ...withoutNumber, best_available: "99" }, "/api/buyManyTikets"],
    ] as const) {
      const res = await api.post(path === "/api/buyTicket" ? POST : buyMany, { path, headers: h, ip: "10.50.2.21" });
      expect(res.status, JSON.stringify(h)).toBe(400);
    }
    expect(Object.values(await seatStates(showtime.id))).toEqual(["AVAILABLE", "AVAILABLE", "AVAILABLE", "AVAILABLE"]);
  });
});
