import type { Page } from "@playwright/test";
import { expect, signIn, snapshot, test } from "./support";

const COLUMNS = 17;

// Tall enough that the whole 10-row grid is on screen while dragging.
test.use({ viewport: { width: 1280, height: 1200 } });

const cell = (page: Page, row: number, column: number) => page.locator(`[data-cell="${row * COLUMNS + column}"]`);

/** One mouse stroke from one grid cell to another: the editor paints the rectangle between them. */
async function drag(page: Page, from: [number, number], to: [number, number]) {
  const a = (await cell(page, ...from).boundingBox())!;
  const b = (await cell(page, ...to).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

test("an organizer draws a 160-seat cinema from a blank grid, saves it and gets it back after a reload", async ({ page }) => {
  // A long story (create, draw, save, reload, preview, list) on a server that may still be compiling pages.
  test.setTimeout(90_000);
  await signIn(page, "organizer@example.com");
  await page.goto("/dashboard/auditoriums");
  await page.getByRole("link", { name: "New seat map" }).first().click();

  const name = `Hall e2e ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Venue").fill("Tessera Cinema");
  await page.getByLabel("Rows").fill("10");
  await page.getByLabel("Columns").fill(String(COLUMNS));
  await page.getByRole("button", { name: "Create and open editor" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const total = page.getByTestId("seat-total");
  await expect(total).toHaveText("0");

  // 1 stroke fills the hall, 1 stroke erases the centre aisle.
  await drag(page, [0, 0], [9, COLUMNS - 1]);
  await expect(total).toHaveText("170");
  await page.getByRole("button", { name: "Erase", exact: true }).click();
  await drag(page, [0, 8], [9, 8]);
  await expect(total).toHaveText("160");
  await expect(cell(page, 0, 9)).toHaveAccessibleName(/^Seat A9,/);
  await expect(cell(page, 0, 16)).toHaveAccessibleName(/^Seat A16,/);

  // A VIP category at 15.00 on the back two rows: add, name, price, 1 stroke.
  await page.getByRole("button", { name: "Add category" }).click();
  const names = page.getByLabel("Category name");
  await names.last().fill("VIP");
  await names.last().press("Enter");
  const prices = page.getByRole("spinbutton", { name: /Default price/ });
  await prices.last().fill("15");
  await prices.last().press("Enter");
  await page.getByRole("button", { name: "Category", exact: true }).click();
  await drag(page, [8, 0], [9, COLUMNS - 1]);

  // Two wheelchair spaces at the ends of row A.
  await page.getByRole("button", { name: "♿ Accessible" }).click();
  await cell(page, 0, 0).click();
  await expect(cell(page, 0, 0)).toHaveAccessibleName(/wheelchair accessible/);

  // Keyboard only: D picks the Disabled tool, arrows move, Space paints (seat B2 is broken).
  await cell(page, 1, 0).focus();
  await page.keyboard.press("d");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  await expect(cell(page, 1, 1)).toHaveAccessibleName("Seat B2, Standard, disabled");
  await page.keyboard.press("Shift+Space");
  await expect(page.getByRole("heading", { name: "Grid row 2 · row B" })).toBeVisible();
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByRole("button", { name: "♿ Accessible" }).click();

  await cell(page, 0, COLUMNS - 1).click();

  // Undo and redo the last step with the keyboard.
  await page.keyboard.press("Control+z");
  await expect(cell(page, 0, COLUMNS - 1)).not.toHaveAccessibleName(/wheelchair/);
  await page.keyboard.press("Control+Shift+z");
  await expect(cell(page, 0, COLUMNS - 1)).toHaveAccessibleName(/wheelchair/);

  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.getByRole("button", { name: "Save seat map" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: 160 seats" })).toBeVisible();
  await expect(page.getByText("All changes saved")).toBeVisible();
  await snapshot(page, "seat-map-editor-saved");

  await page.reload();
  await expect(total).toHaveText("160");
  await expect(page.getByText(`Tessera Cinema · 160 seats`)).toBeVisible();
  await expect(cell(page, 9, 0)).toHaveAccessibleName("Seat J1, VIP");
  await expect(cell(page, 7, 0)).toHaveAccessibleName("Seat H1, Standard");
  await expect(cell(page, 0, 8)).toHaveAccessibleName(/^Gap/);
  await expect(page.getByLabel("Category name").last()).toHaveValue("VIP");
  await expect(page.getByRole("spinbutton", { name: /Default price/ }).last()).toHaveValue("15.00");
  await expect(page.locator("dl").getByText("♿ Accessible").locator("..")).toContainText("2");
  await expect(page.locator("dl").getByText("Disabled (not for sale)").locator("..")).toContainText("1");
  await expect(cell(page, 1, 1)).toHaveAccessibleName("Seat B2, Standard, disabled");

  // The buyer's view of the same map.
  await page.getByRole("button", { name: "Preview as buyer" }).click();
  await expect(page.getByRole("button", { name: /^Seat J16, VIP, €15\.00/ })).toBeVisible();

  await page.goto("/dashboard/auditoriums");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("160");
});
