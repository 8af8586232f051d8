import { expect, snapshot, test } from "./support";

test.describe("browsing", () => {
  test("the home page shows today's films and upcoming events from the database", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Films tonight");
    const today = page.getByRole("region", { name: "Today at the cinema" });
    await expect(today.getByRole("heading", { name: "The Avengers" })).toBeVisible();
    await expect(today.getByRole("list", { name: "Shows of The Avengers" }).getByRole("listitem")).toHaveCount(3);
    const events = page.getByRole("region", { name: "Upcoming events" });
    await expect(events.getByRole("heading", { name: "Open Source Ticketing Summit" })).toBeVisible();
    await expect(events.getByText("€49.00")).toBeVisible();
    await snapshot(page, "home");
  });

  test("the schedule moves through days with the date strip", async ({ page }) => {
    await page.goto("/schedule");
    const days = page.getByRole("navigation", { name: "Days" }).getByRole("link");
    await expect(days).toHaveCount(14);
    await expect(days.first()).toHaveAttribute("aria-current", "date");
    await days.nth(1).click();
    await expect(page).toHaveURL(/\/schedule\?date=\d{4}-\d{2}-\d{2}$/);
    await expect(days.nth(1)).toHaveAttribute("aria-current", "date");
    await expect(page.getByRole("heading", { name: "The Avengers" })).toBeVisible();
    // Tomorrow no show has started, so every time is offered.
    await expect(page.getByRole("list", { name: "Shows of The Avengers" }).getByRole("link")).toHaveCount(3);
  });

  test("events can be searched and filtered, with an empty state when nothing matches", async ({ page }) => {
    await page.goto("/events");
    await page.getByRole("searchbox", { name: "Search" }).fill("typescript");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("heading", { name: "TypeScript Conf Europe" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search" }).fill("no such event");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByText("No events match")).toBeVisible();

    // Choosing a filter applies it at once; the URL keeps it for the back button and links.
    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("");
    await page.getByLabel("Kind").selectOption("conference");
    await expect(page).toHaveURL(/[?&]kind=conference/);
    await page.getByLabel("Price").selectOption("free");
    await expect(page).toHaveURL(/[?&]price=free/);
    await expect(page.getByRole("heading", { name: "Open Source Ticketing Summit" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "TypeScript Conf Europe" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "The Avengers" })).toHaveCount(0);
    await expect(page.getByText("2 filters applied")).toBeVisible();
  });

  test("on a phone the menu opens, navigates and closes", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const menu = page.getByRole("button", { name: "Open menu" });
    await expect(menu).toBeVisible();
    await menu.click();
    await expect(page.getByRole("button", { name: "Close menu" })).toHaveAttribute("aria-expanded", "true");
    await snapshot(page, "phone-menu");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Open menu" })).toHaveAttribute("aria-expanded", "false");
    await page.getByRole("button", { name: "Open menu" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Schedule" }).click();
    await expect(page).toHaveURL(/\/schedule$/);
    await expect(page.getByRole("button", { name: "Open menu" })).toHaveAttribute("aria-expanded", "false");
    // Nothing overflows sideways on a 360 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test("the theme follows the system and can be switched", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.getByRole("button", { name: /change theme/ }).click(); // system -> light
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await page.getByRole("button", { name: /change theme/ }).click(); // light -> dark
    await expect(page.locator("html")).toHaveClass(/dark/);
    await snapshot(page, "home-dark");
  });

  test("an unknown event is a styled 404 page that keeps the theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    const response = await page.goto("/events/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    // notFound() inside a page renders the root again on the client: the theme must survive it.
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.getByRole("link", { name: "Browse events" }).click();
    await expect(page).toHaveURL(/\/events$/);
  });
});
