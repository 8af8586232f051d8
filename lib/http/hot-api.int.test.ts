// The production server's hot paths (lib/http/hot-api.ts) over real HTTP:
// which requests they answer and which they leave to Next, and that they
// answer exactly as the route handlers do (the same endpoint code behind two
// transports).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as buyManyRoute } from "@/app/api/buyManyTikets/route";
import { POST as buyTicketRoute } from "@/app/api/buyTicket/route";
import { GET as listEventsRoute } from "@/app/api/events/route";
import { GET as getDayRoute } from "@/app/api/getDay/route";
import { resetEnv } from "@/lib/env";
import { api, TEST_USER_AGENT } from "@/tests/support/api";
import { makeFilmShowing, makeUser, tokenFor } from "@/tests/support/factories";
import { handleHotApi } from "./hot-api";

const LEFT_TO_NEXT = 599;
let server: http.Server;
let base = "";

beforeAll(async () => {
  // Whatever the hot paths leave alone gets a status no endpoint answers.
  server = http.createServer((req, res) => {
    if (handleHotApi(req, res)) return;
    req.resume();
    res.writeHead(LEFT_TO_NEXT).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Call = { method?: string; path: string; headers?: Record<string, string>; body?: BodyInit; ip?: string };

async function hot({ method = "GET", path, headers = {}, body, ip = "10.61.0.1" }: Call) {
  const res = await fetch(`${base}${path}`, { method, body, headers: { "user-agent": TEST_USER_AGENT, "x-forwarded-for": ip, ...headers } });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

let day = 1;
/** A buyer with a token and a film on its own day in 2034 (seats A1..A6), with S1's headers for it. */
async function setup() {
  const date = `2034-02-${String(day++).padStart(2, "0")}`;
  const { film, showtime } = await makeFilmShowing({ startsAt: new Date(`${date}T20:00:00Z`), rows: ["A"], seatsPerRow: 6 });
  const user = await makeUser();
  const email = `${user.username}@example.test`;
  const token = await tokenFor(user.username);
  return { date, film, showtime, email, token, headers: { token, date, title: film.title, time: "20:00", username: email } };
}

describe("the hot paths of the production server", () => {
  it("answer S1's schedule and purchases and the public event lists, under /api/v1 and with a trailing slash too", async () => {
    const { date } = await setup();
    for (const path of [`/api/getDay?date=${date}`, `/api/v1/getDay/?date=${date}`, "/api/fullSchedule", "/api/event", "/api/events/"]) {
      expect((await hot({ path })).status, path).toBe(200);
    }
    expect((await hot({ method: "POST", path: "/api/buyTicket" })).status).toBe(400);
    expect((await hot({ method: "POST", path: "/api/v1/buyManyTikets/" })).status).toBe(400);
  });

  it("leave other paths, other methods and multipart bodies to Next", async () => {
    const form = new FormData();
    form.append("username", "someone@example.test");
    const calls: Call[] = [
      { path: "/api/getDay/extra" },
      { path: "/api/event/1" },
      { method: "HEAD", path: "/api/getDay" },
      { method: "GET", path: "/api/buyTicket" },
      { method: "POST", path: "/api/getDay" },
      { method: "POST", path: "/api/event" },
      { method: "POST", path: "/api/buyTicket", body: form },
      { path: "/schedule" },
    ];
    for (const call of calls) expect((await hot(call)).status, `${call.method ?? "GET"} ${call.path}`).toBe(LEFT_TO_NEXT);
  });

  it("send the security headers Next sends, and a content length", async () => {
    const { date } = await setup();
    const res = await hot({ path: `/api/getDay?date=${date}` });
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(res.text));
  });

  it("answer every S1 refusal exactly as the route handler does", async () => {
    const { headers } = await setup();
    const other = await makeUser();
    const cases: Record<string, string>[] = [
      {},
      { ...headers, number: "A1", username: "nobody@example.test" },
      { ...headers, number: "A1", token: "not-a-token" },
      { ...headers, number: "A1", token: await tokenFor(other.username) },
      { ...headers, number: "A1", date: "2034-13-01" },
      { ...headers, number: "A1", title: "No Such Film" },
      { ...headers, number: "A1", time: "11:00" },
      { ...headers, number: "Z9" },
      { ...headers, number: "[A1,A2]" },
      { ...headers, best_available: "9" },
      { ...headers, number: "A1", best_available: "1" },
    ];
    for (const h of cases) {
      const viaNext = await api.post(buyTicketRoute, { path: "/api/buyTicket", headers: h, ip: "10.61.0.2" });
      const viaHot = await hot({ method: "POST", path: "/api/buyTicket", headers: h, ip: "10.61.0.2" });
      expect({ status: viaHot.status, json: viaHot.json }, JSON.stringify(h)).toEqual({ status: viaNext.status, json: viaNext.json });
    }
  });

  it("sell as the route handler does, with the fields in headers, a JSON body or a form body", async () => {
    const { headers, showtime } = await setup();
    const viaNext = await api.post(buyManyRoute, { path: "/api/buyManyTikets", headers: { ...headers, number: "[A1,A2]" }, ip: "10.61.0.3" });
    const fromHeaders = await hot({ method: "POST", path: "/api/buyManyTikets", headers: { ...headers, number: "[A3,A4]" }, ip: "10.61.0.3" });
    const fromJson = await hot({
      method: "POST",
      path: "/api/buyTicket",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...headers, number: "A5" }),
      ip: "10.61.0.3",
    });
    const fromForm = await hot({ method: "POST", path: "/api/buyTicket", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ ...headers, number: "A6" }).toString(), ip: "10.61.0.3" });
    const shape = (json: unknown) => JSON.parse(JSON.stringify(json).replace(/"(id|code|urltoqr|number)":"[^"]*"/g, '"$1":"…"'));
    expect(viaNext.status).toBe(200);
    expect(fromHeaders.status).toBe(200);
    expect(shape(fromHeaders.json)).toEqual(shape(viaNext.json));
    expect(fromJson.json).toMatchObject({ message: "Ticket bought successfully", data: { number: "A5" } });
    expect(fromForm.json).toMatchObject({ message: "Ticket bought successfully", data: { number: "A6" } });

    // Both transports read the same rows: the schedule shows the hall sold out either way.
    const day = await hot({ path: `/api/getDay?date=${headers.date}` });
    const viaNextDay = await api.get(getDayRoute, { path: `/api/getDay?date=${headers.date}` });
    expect(day.json).toEqual(viaNextDay.json);
    const shows = (day.json?.day as { shows: { id: string; freeSeats: string[] }[] }[]).flatMap((f) => f.shows);
    expect(shows.find((s) => s.id === showtime.id)?.freeSeats).toEqual([]);
  });

  it("list the public events as the route handler does", async () => {
    await setup();
    const viaHot = await hot({ path: "/api/events" });
    const viaNext = await api.get(listEventsRoute, { path: "/api/events" });
    expect(viaHot.json).toEqual(viaNext.json);
  });

  it("count requests against the per-IP rate limit and answer 429 with Retry-After", async () => {
    process.env.RATE_LIMIT_API_PER_MINUTE = "2";
    resetEnv();
    try {
      const ip = `10.61.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await hot({ path: "/api/fullSchedule", ip })).status);
      expect(statuses).toEqual([200, 200, 429]);
      const limited = await hot({ path: "/api/fullSchedule", ip });
      expect(limited.json).toEqual({ message: "Too many requests. Please slow down." });
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      process.env.RATE_LIMIT_API_PER_MINUTE = "100000";
      resetEnv();
    }
  });
});
