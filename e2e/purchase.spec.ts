import { expect, signedInPage, signIn, snapshot, test } from "./support";


type MailboxMessage = { subject: string; attachments?: { filename?: string; contentType?: string }[] };

test("buy two seats: pick, hold, pay with the test card, get the tickets; another user sees them taken", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "user@example.com");

  // Tomorrow's The Avengers at 20:45 from the schedule (tomorrow's shows have not started yet).
  await page.goto("/schedule");
  await page.getByRole("link", { name: /^Tomorrow/ }).click();
  await expect(page).toHaveURL(/date=/);
  const film = page.locator("article").filter({ has: page.getByRole("heading", { name: "The Avengers" }) });
  await film.getByRole("link", { name: /^20:45/ }).click();
  await expect(page).toHaveURL(/\/showtimes\/[0-9a-f-]{36}$/);
  const showtimeUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { name: "The Avengers", level: 1 })).toBeVisible();

  // An earlier run of this test may have left a hold: give it back first.
  const change = page.getByRole("button", { name: "Change seats" });
  if (await change.isVisible()) {
    await change.click();
    await expect(page.getByRole("button", { name: /^Hold/ })).toBeVisible();
  }

  // Two free seats next to each other in one row.
  const freeSeats = page.getByRole("button", { name: /^Seat [A-Z]+\d+, .*, free$/ });
  const labels = (await freeSeats.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")!))).map((l) => /^Seat (\S+),/.exec(l)![1]);
  const pair = labels.map((l, i) => [l, labels[i + 1]]).find(([a, b]) => b && a.replace(/\d+$/, "") === b.replace(/\d+$/, "") && Number(b.match(/\d+$/)![0]) === Number(a.match(/\d+$/)![0]) + 1);
  expect(pair, "two adjacent free seats").toBeTruthy();
  const seats = pair as [string, string];
  for (const label of seats) {
    const seat = page.getByRole("button", { name: new RegExp(`^Seat ${label},`) });
    await seat.click();
    await expect(seat).toHaveAttribute("aria-pressed", "true");
  }
  await expect(page.getByRole("list", { name: "Chosen seats" }).getByRole("listitem")).toHaveCount(2);

  // Hold them: a countdown appears and the way on to payment.
  await page.getByRole("button", { name: "Hold 2 seats" }).click();
  await expect(page.getByTestId("hold-countdown")).toContainText(/Seats held for \d\d:\d\d/);
  await snapshot(page, "seats-held");
  await page.getByRole("button", { name: "Continue to payment" }).click();

  // Checkout with the built-in test provider's Visa.
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\/pay$/);
  await expect(page.getByText("no real money moves")).toBeVisible();
  await page.getByLabel(/Visa \(test\)/).check();
  await page.getByRole("button", { name: /^Pay / }).click();

  // Confirmation: reference, both tickets with their QR codes.
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?paid=1$/);
  await expect(page.getByText("A confirmation e-mail is on its way")).toBeVisible();
  await expect(page.getByTestId("order-reference")).toHaveText(/^[A-Z0-9]{6,16}$/);
  for (const label of seats) await expect(page.getByRole("article", { name: new RegExp(`seat ${label}$`) }).getByRole("img", { name: /^QR code for ticket/ })).toBeVisible();
  await snapshot(page, "order-confirmation");
  const codes = (await page.getByRole("article", { name: /^Ticket / }).evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")!))).map((l) => /^Ticket (\S+),/.exec(l)![1]);
  expect(codes).toHaveLength(2);

  // The e-mail carries both QR codes and a calendar file.
  await expect
    .poll(async () => {
      const messages: MailboxMessage[] = await (await page.request.get("/api/dev/mailbox?to=user@example.com")).json();
      const attachments = messages[0]?.attachments ?? [];
      const png = attachments.filter((a) => a.contentType === "image/png").map((a) => a.filename ?? "");
      return {
        png: png.length,
        ours: codes.every((code) => png.some((name) => name.includes(code))),
        ics: attachments.some((a) => a.filename?.endsWith(".ics")),
      };
    })
    .toEqual({ png: 2, ours: true, ics: true });

  // My tickets lists both.
  await page.goto("/tickets");
  await expect(page.getByRole("heading", { name: "My tickets" })).toBeVisible();
  for (const label of seats) await expect(page.getByRole("article", { name: new RegExp(`seat ${label}$`) }).first()).toBeVisible();

  // Someone else now sees those seats as taken.
  const other = await signedInPage(browser, "organizer@example.com");
  await other.goto(showtimeUrl);
  for (const label of seats) {
    const seat = other.getByRole("button", { name: new RegExp(`^Seat ${label},`) });
    await expect(seat).toHaveAttribute("aria-label", /, taken$/);
    await expect(seat).toBeDisabled();
  }
  await other.context().close();
});
