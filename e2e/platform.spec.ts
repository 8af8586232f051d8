import { readdirSync } from "node:fs";
import { expect, sql, test } from "./support";

/** The newest migration in the repository: the one a fresh database has applied last. */
const newestMigration = readdirSync("prisma/migrations", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1);

test.describe("platform", () => {
  test("health reports the database and the applied migration, also under /api/v1 with a trailing slash", async ({ request }) => {
    for (const path of ["/api/health", "/api/v1/health/", "/api/health/"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ status: "ok", database: { reachable: true } });
      expect(body.database.migration).toBe(newestMigration);
    }
  });

  test("every response carries the security headers", async ({ request }) => {
    for (const path of ["/", "/api/health"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
    }
  });

  test("the dev mailbox shows kept e-mails, newest first, as a page and as JSON", async ({ page, request }) => {
    const to = `mailbox-${Date.now()}@example.test`;
    const empty = await request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
    expect(await empty.json()).toEqual([]);
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(page.getByText("The mailbox is empty")).toBeVisible();

    for (const [subject, offset] of [["Older message", 60], ["Newer message", 0]] as const) {
      await sql(
        `INSERT INTO email_outbox (id, "to", subject, text, html, template, status, transport, sent_at, created_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, 'test', 'SENT', 'MAILBOX', now(), now() - make_interval(secs => $5))`,
        [to, subject, `Text of ${subject}`, `<p>HTML of ${subject}</p>`, offset],
      );
    }
    const list = await (await request.get(`/api/dev/mailbox?to=${encodeURIComponent(to.toUpperCase())}`)).json();
    expect(list.map((m: { subject: string }) => m.subject)).toEqual(["Newer message", "Older message"]);
    expect(list[0]).toMatchObject({ to, text: "Text of Newer message", html: "<p>HTML of Newer message</p>" });
    expect(typeof list[0].createdAt).toBe("string");

    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(page.getByTestId("mailbox-message").getByRole("heading", { name: "Newer message" })).toBeVisible();
    await expect(page.frameLocator("iframe").getByText("HTML of Newer message")).toBeVisible();
    await page.getByRole("link", { name: /Older message/ }).click();
    await expect(page.frameLocator("iframe").getByText("HTML of Older message")).toBeVisible();
  });

  test("bad input to the mailbox gets a clear 400, not a 500", async ({ request }) => {
    const res = await request.get("/api/dev/mailbox?limit=abc");
    expect(res.status()).toBe(400);
    expect((await res.json()).message).toMatch(/limit/);
  });
});

test("an unknown API path answers JSON 404 for every method", async ({ request }) => {
  for (const method of ["get", "post", "delete"] as const) {
    const res = await request[method]("/api/no/such/endpoint");
    expect(res.status()).toBe(404);
    expect(await res.json()).toEqual({ message: "No endpoint " + method.toUpperCase() + " /api/no/such/endpoint" });
  }
});

test("the OpenAPI document lists the endpoints and /api/docs renders it", async ({ request, page }) => {
  const doc = await (await request.get("/api/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/health", "/dev/mailbox"]));
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: "Tessera API" })).toBeVisible();
  await expect(page.getByText("/health", { exact: true })).toBeVisible();
});

test("S1's schedule answers through the real routing, with /api/v1 and a trailing slash", async ({ request }) => {
  const schedule = await (await request.get("/api/fullSchedule")).json();
  expect(schedule.message).toBe("success");
  const date = schedule.schedule[1].date as string; // tomorrow: no show has started
  for (const path of [`/api/getDay?date=${date}`, `/api/v1/getDay/?date=${date}`]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const body = await res.json();
    const avengers = body.day.find((film: { title: string }) => film.title === "The Avengers");
    expect(avengers.shows.map((s: { time: string }) => s.time)).toEqual(["14:00", "17:30", "20:45"]);
    expect(avengers.shows[0].freeSeats).toContain("A1");
  }
  expect((await request.get("/api/getDay?date=1999-01-01")).status()).toBe(404);
  const png = await request.get("/api/tikets/00000000-0000-4000-8000-000000000000.png");
  expect(png.status()).toBe(404);
  expect(await png.json()).toEqual({ message: "Ticket not found" });
});
