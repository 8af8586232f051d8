import type { Page } from "@playwright/test";
import { expect, signedInPage, snapshot, test } from "./support";


async function searchUsers(page: Page, text: string) {
  await page.getByRole("searchbox", { name: "Search users" }).fill(text);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
}

test.describe("admin user management", () => {
  test("an admin finds, promotes, disables and deletes an account", async ({ browser }) => {
    test.slow(); // three browser contexts and a sign-up
    // A throwaway account, so the seeded ones other tests use stay as they are.
    const stamp = Date.now().toString(36);
    const username = `e2e-admin-${stamp}`;
    const password = "Velvet-Harbor-Lantern-42";
    const signup = await (await browser.newContext()).newPage();
    await signup.goto("/signup");
    await signup.getByLabel("First name").fill("Throwaway");
    await signup.getByLabel("Last name").fill("Account");
    await signup.getByLabel("Username").fill(username);
    await signup.getByLabel("E-mail").fill(`${username}@example.com`);
    await signup.getByLabel(/^Password/).fill(password);
    await signup.getByLabel("Repeat the password").fill(password);
    await signup.getByRole("button", { name: "Create account" }).click();
    await expect(signup).toHaveURL(/\/confirm-email/);
    await signup.context().close();

    const admin = await signedInPage(browser, "admin@example.com");
    await admin.goto("/admin/users");
    await expect(admin.getByRole("heading", { name: /^Users/ })).toBeVisible();
    await searchUsers(admin, "organizer");
    const table = admin.getByRole("table", { name: "Users" });
    await expect(table.getByRole("link", { name: "organizer", exact: true })).toBeVisible();
    await table.getByRole("link", { name: "organizer", exact: true }).click();
    await expect(admin.getByRole("heading", { name: "@organizer" })).toBeVisible();
    await expect(admin.getByText("organizer@example.com").first()).toBeVisible();

    await admin.goto("/admin/users");
    await searchUsers(admin, username);
    await expect(table.getByRole("row")).toHaveCount(2); // header + the new account
    await table.getByRole("link", { name: username }).click();
    await expect(admin.getByRole("heading", { name: `@${username}` })).toBeVisible();
    await expect(admin.getByText("Unconfirmed").first()).toBeVisible();
    await snapshot(admin, "admin-user-detail");

    // Role: the form reports the change and the page shows the new role.
    await admin.getByLabel("Role").selectOption("ORGANIZER");
    await admin.getByRole("button", { name: "Save role" }).click();
    await expect(admin.getByText(`@${username} is now organizer.`)).toBeVisible();
    await expect(admin.getByLabel("Role")).toHaveValue("ORGANIZER");

    // Disable, after confirming; the owner can no longer sign in.
    await admin.getByRole("button", { name: "Disable account" }).click();
    const disableDialog = admin.getByRole("dialog", { name: `Disable @${username}?` });
    await expect(disableDialog).toBeVisible();
    await disableDialog.getByRole("button", { name: "Disable" }).click();
    await expect(admin.getByText("Account disabled and signed out everywhere.")).toBeVisible();
    await expect(admin.getByRole("button", { name: "Enable account" })).toBeVisible();
    await expect(admin.getByText("Disabled", { exact: true }).first()).toBeVisible();

    const owner = await (await browser.newContext()).newPage();
    await owner.goto("/signin");
    await owner.getByLabel("E-mail or username").fill(username);
    await owner.getByLabel(/^Password/).fill(password);
    await owner.getByRole("button", { name: "Sign in" }).click();
    await expect(owner.getByText("This account has been disabled")).toBeVisible();
    await owner.context().close();

    // Delete, after confirming: back on the list, and the account is gone.
    await admin.getByRole("button", { name: "Delete user" }).click();
    const deleteDialog = admin.getByRole("dialog", { name: `Delete @${username}?` });
    await expect(deleteDialog).toBeVisible();
    await deleteDialog.getByRole("button", { name: "Delete user" }).click();
    await expect(admin).toHaveURL(/\/admin\/users\?deleted=1$/);
    await expect(admin.getByText("The user was deleted.")).toBeVisible();
    await searchUsers(admin, username);
    await expect(admin.getByText("No users match")).toBeVisible();
    await admin.context().close();
  });

  test("the admin area turns away everyone but admins", async ({ browser }) => {
    const anonymous = await (await browser.newContext()).newPage();
    await anonymous.goto("/admin/users");
    await expect(anonymous).toHaveURL(/\/signin\?next=%2Fadmin/);
    await anonymous.context().close();

    const user = await signedInPage(browser, "user@example.com");
    for (const path of ["/admin/users", "/admin/users/00000000-0000-0000-0000-000000000000"]) {
      const response = await user.goto(path);
      expect(response?.status()).toBe(403);
      await expect(user.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
      await expect(user.getByRole("table", { name: "Users" })).toHaveCount(0);
    }
    await user.context().close();
  });

  test("an unknown or malformed user id is a 404", async ({ browser }) => {
    const admin = await signedInPage(browser, "admin@example.com");
    for (const id of ["not-a-uuid", "00000000-0000-0000-0000-000000000000"]) {
      const response = await admin.goto(`/admin/users/${id}`);
      expect(response?.status()).toBe(404);
    }
    await admin.context().close();
  });
});
