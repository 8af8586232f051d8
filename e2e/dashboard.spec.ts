import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expect, signedInPage, snapshot, test } from "./support";


/** Confirms the dialog a dashboard button opens. */
async function confirm(page: Page, button: string, dialogTitle: RegExp, confirmLabel: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: dialogTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirmLabel, exact: true }).click();
  await expect(dialog).toBeHidden();
}

type MailboxMessage = { subject: string; text?: string };

test("an organizer creates a film with an image, schedules a seated showtime and publishes it; cancelling it refunds and e-mails the buyer", async ({ browser }) => {
  test.setTimeout(180_000);
  const organizer = await signedInPage(browser, "organizer@example.com");
  const title = `E2E Premiere ${Date.now().toString(36)}`;
  const year = new Date().getUTCFullYear() + 1;

  // Create: a bad submit first shows field errors and keeps the form.
  await organizer.goto("/dashboard");
  await organizer.getByRole("link", { name: "Create event" }).first().click();
  await expect(organizer).toHaveURL(/\/dashboard\/events\/new$/);
  await organizer.getByRole("button", { name: "Create draft" }).click();
  await expect(organizer.getByText("Title is required")).toBeVisible();

  await organizer.getByLabel(/^Title/).fill(title);
  await organizer.getByLabel("Kind").selectOption("FILM");
  await organizer.getByLabel("Venue").fill("Tessera Cinema");
  await organizer.getByLabel(/^Starts/).fill(`${year}-03-14T19:30`);
  await organizer.getByLabel("Description").fill("A restored print, introduced by the director.");
  const poster = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: { r: 79, g: 70, b: 229 } } }).png().toBuffer();
  await organizer.getByLabel("Upload image").setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: poster });
  await expect(organizer.getByRole("img", { name: "Event image preview" })).toBeVisible();
  await organizer.getByLabel("Running time (minutes)").fill("100");
  await organizer.getByLabel("Genres").fill("Drama, Classic");
  await organizer.getByRole("button", { name: "Create draft" }).click();
  await expect(organizer).toHaveURL(/\/dashboard\/events\/[0-9a-f-]{36}\?created=1$/);
  await expect(organizer.getByText("Draft created.")).toBeVisible();
  const eventId = /events\/([0-9a-f-]{36})/.exec(organizer.url())![1];

  // The stored image is a WebP under /uploads.
  await organizer.getByRole("link", { name: "Details" }).click();
  await expect(organizer.getByRole("img", { name: "Event image preview" })).toHaveAttribute("src", /^\/uploads\/[0-9a-f]{32}\.webp$/);

  // It is listed as a draft.
  await organizer.goto(`/dashboard?q=${encodeURIComponent(title)}`);
  const row = organizer.getByRole("row").filter({ has: organizer.getByRole("link", { name: title }) });
  await expect(row.getByText("Draft")).toBeVisible();
  await snapshot(organizer, "dashboard-list");

  // A showtime in a seated auditorium with a price per seat category.
  await organizer.goto(`/dashboard/events/${eventId}/showtimes`);
  await organizer.getByRole("button", { name: "Add showtime" }).first().click();
  const dialog = organizer.getByRole("dialog", { name: "Add showtime" });
  await dialog.getByLabel(/^Starts/).fill(`${year}-03-14T19:30`);
  await dialog.getByLabel("Auditorium").selectOption({ index: 1 });
  await dialog.getByLabel("Base price").fill("10");
  const categoryPrices = dialog.getByRole("group", { name: "Price per seat category" }).getByRole("textbox");
  // The demo halls' seat maps suggest 12.00 for Standard seats (set in the seat-map editor).
  await expect(categoryPrices.first()).toHaveValue("12.00");
  const count = await categoryPrices.count();
  for (let i = 0; i < count; i++) await categoryPrices.nth(i).fill(String(12 + i * 3));
  await snapshot(organizer, "dashboard-showtime-form");
  await dialog.getByRole("button", { name: "Add showtime" }).click();
  await expect(dialog).toBeHidden();
  await expect(organizer.getByText("Showtime added.")).toBeVisible();
  const showtimeRow = organizer.getByRole("table", { name: "Showtimes" }).getByRole("row").nth(1);
  await expect(showtimeRow).toContainText("€12.00");

  // Publish: the film appears on /events.
  await confirm(organizer, "Publish", /^Publish this event/, "Publish");
  await expect(organizer.getByText("Published: the event is now listed on Events.")).toBeVisible();
  await organizer.goto(`/events?q=${encodeURIComponent(title)}`);
  await expect(organizer.getByRole("link", { name: new RegExp(title) }).first()).toBeVisible();

  // A user buys one seat of that showtime.
  const buyer = await signedInPage(browser, "user@example.com");
  await buyer.goto(`/events/${eventId}`);
  await buyer.getByRole("link", { name: /^19:30/ }).first().click();
  await expect(buyer).toHaveURL(/\/showtimes\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await buyer.getByRole("button", { name: /^Seat [A-Z]+\d+, .*, free$/ }).first().click();
  await buyer.getByRole("button", { name: "Hold 1 seat" }).click();
  await buyer.getByRole("button", { name: "Continue to payment" }).click();
  await buyer.getByLabel(/Visa \(test\)/).check();
  await buyer.getByRole("button", { name: /^Pay / }).click();
  await expect(buyer).toHaveURL(/\/orders\/[0-9a-f-]{36}\?paid=1$/, { timeout: 30_000 });

  // The sale shows on the dashboard; cancelling refunds it and e-mails the buyer.
  await organizer.goto(`/dashboard/events/${eventId}`);
  await expect(organizer.getByRole("table", { name: "Orders" }).getByText("Paid")).toBeVisible();
  await snapshot(organizer, "dashboard-sales");
  await confirm(organizer, "Cancel event", /^Cancel “/, "Cancel event");
  await expect(organizer.getByText(/Event cancelled\. 1 order refunded; 1 person was informed by e-mail\./)).toBeVisible();
  await expect(organizer.getByText("Cancelled", { exact: true }).first()).toBeVisible();
  await expect
    .poll(async () => {
      const messages: MailboxMessage[] = await (await buyer.request.get("/api/dev/mailbox?to=user@example.com")).json();
      return messages.filter((m) => m.subject === `Cancelled: ${title}`).length;
    })
    .toBe(1);
  await buyer.context().close();
  await organizer.context().close();
});

test("people without the organizer role get a 403 page; signed-out visitors are sent to sign in", async ({ browser }) => {
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/dashboard");
  await expect(anonymous).toHaveURL(/\/signin\?next=%2Fdashboard/);
  await anonymous.context().close();

  const user = await signedInPage(browser, "user@example.com");
  expect((await user.goto("/dashboard"))?.status()).toBe(403);
  await expect(user.getByText("The dashboard is for organizers")).toBeVisible();
  expect((await user.goto("/dashboard/events/new"))?.status()).toBe(403);
  await expect(user.getByRole("link", { name: "Create event" })).toHaveCount(0);
  await user.context().close();
});
