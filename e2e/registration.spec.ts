import { expect, SEED_PASSWORD, signIn, snapshot, test } from "./support";

test.describe("registration for a free event", () => {
  test("a visitor is asked to sign in, registers, finds the ticket and gives the place back", async ({ page }) => {
    await page.goto("/events?q=Open+Source+Ticketing");
    await page.getByRole("link", { name: "Open Source Ticketing Summit" }).click();
    await page.getByRole("link", { name: "Sign in to register" }).click();
    await expect(page).toHaveURL(/\/signin\?next=/);
    await page.getByLabel("E-mail or username").fill("staff@example.com");
    await page.getByLabel(/^Password/).fill(SEED_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Open Source Ticketing Summit" })).toBeVisible();

    const placesLeft = Number(await page.getByText(/^\d+$/).first().textContent());
    await page.getByRole("button", { name: "Register for free" }).click();
    await expect(page.getByRole("status").filter({ hasText: "You're registered." })).toBeVisible();
    await expect(page.getByText(String(placesLeft - 1), { exact: true })).toBeVisible();
    await snapshot(page, "event-registered");

    await page.getByRole("link", { name: "Show my ticket" }).click();
    await expect(page).toHaveURL(/\/tickets$/);
    await expect(page.getByRole("heading", { name: "Open Source Ticketing Summit" }).first()).toBeVisible();

    await page.goBack();
    await page.getByRole("button", { name: "Cancel registration" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Cancel registration" }).click();
    await expect(page.getByRole("button", { name: "Register for free" })).toBeVisible();
    await expect(page.getByText(String(placesLeft), { exact: true })).toBeVisible();
  });
});

test.describe("a paid general-admission event", () => {
  test("a signed-in user buys a place: held while paying, paid with the test card, ticket on the order page", async ({ page }) => {
    await signIn(page, "organizer@example.com");

    await page.goto("/events?q=TypeScript");
    await page.getByRole("link", { name: "TypeScript Conf Europe" }).click();
    await page.getByRole("button", { name: "Buy a ticket · €49.00" }).click();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\/pay$/);
    await expect(page.getByText("Admission: TypeScript Conf Europe")).toBeVisible();
    await page.getByRole("button", { name: "Pay €49.00" }).click();
    await expect(page.getByRole("heading", { name: "You’re all set!" })).toBeVisible();
    await expect(page.getByText("Your tickets (1)")).toBeVisible();

    await page.goto("/events?q=TypeScript");
    await page.getByRole("link", { name: "TypeScript Conf Europe" }).click();
    await expect(page.getByRole("status").filter({ hasText: "You're registered." })).toBeVisible();
    await expect(page.getByText("You bought this place.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Cancel registration" })).toHaveCount(0);
  });
});
