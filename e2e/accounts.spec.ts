import { generate } from "otplib";
import type { Page } from "@playwright/test";
import { expect, snapshot, test } from "./support";

const PASSWORD = "Velvet-Harbor-Lantern-42";

async function signIn(page: Page, identifier: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("E-mail or username").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page, username: string) {
  await page.getByRole("button", { name: `Account menu for ${username}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
}

async function latestCode(page: Page, email: string, pattern: RegExp) {
  const messages = await (await page.request.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json();
  const match = messages[0]?.text.match(pattern);
  expect(match, `a code in the last e-mail to ${email}`).toBeTruthy();
  return match[0] as string;
}

test("sign up, confirm, enable 2FA, sign in with a TOTP and a backup code, then lockout", async ({ page }) => {
  test.setTimeout(120_000);
  const username = `e2e${Date.now().toString(36)}`;
  const email = `${username}@example.test`;

  // Sign up: the account is created and signed in, and a code is e-mailed.
  await page.goto("/signup");
  await page.getByLabel("First name").fill("Erin");
  await page.getByLabel("Last name").fill("Tester");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel(/^Password/).fill("password123");
  await page.getByLabel("Repeat the password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/too easy to guess/).first()).toBeVisible(); // the policy refuses a common password
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/confirm-email$/);
  await expect(page.getByText(email)).toBeVisible();

  // Confirm through the dev mailbox: a wrong code first, then the right one.
  await page.getByLabel("Confirmation code").fill("000000");
  await page.getByRole("button", { name: "Confirm e-mail" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong code" })).toBeVisible();
  await page.getByLabel("Confirmation code").fill(await latestCode(page, email, /\b\d{6}\b/));
  await page.getByRole("button", { name: "Confirm e-mail" }).click();
  await expect(page.getByText("your e-mail address is confirmed")).toBeVisible();
  await expect(page.getByText("E-mail confirmed")).toBeVisible();

  // Enable 2FA with a code computed from the secret the page shows.
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const backupCodes = (await page.getByTestId("backup-codes").locator("li").allTextContents()).map((c) => c.trim());
  expect(backupCodes).toHaveLength(10);
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await snapshot(page, "2fa-setup");
  await page.getByLabel("Authentication code").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Two-factor authentication is on" })).toBeVisible();
  await signOut(page, username);

  // Sign in with the password and a TOTP code (the next time step: a code is never accepted twice).
  await signIn(page, email, PASSWORD);
  await expect(page.getByLabel("Authentication code")).toBeVisible();
  await page.getByLabel("Authentication code").fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByRole("button", { name: `Account menu for ${username}` })).toBeVisible();
  await signOut(page, username);

  // Sign in with a backup code; the same backup code fails the second time.
  await signIn(page, username, PASSWORD);
  await page.getByLabel("Authentication code").fill(backupCodes[0]);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByRole("button", { name: `Account menu for ${username}` })).toBeVisible();
  await signOut(page, username);
  await signIn(page, username, PASSWORD);
  await page.getByLabel("Authentication code").fill(backupCodes[0]);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not valid" })).toBeVisible();
  // Another backup code works (and a successful sign-in clears the failure count).
  await page.getByLabel("Authentication code").fill(backupCodes[1]);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByRole("button", { name: `Account menu for ${username}` })).toBeVisible();
  await signOut(page, username);

  // Five wrong passwords in a row lock the account; then even the right one is refused.
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, username, `wrong-password-${attempt}`);
    await expect(page.getByRole("alert").filter({ hasText: "Invalid credentials" })).toBeVisible();
  }
  await signIn(page, username, "wrong-password-5");
  await expect(page.getByRole("alert").filter({ hasText: /locked for \d+ minutes/ })).toBeVisible();
  await signIn(page, username, PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: /Account locked/ })).toBeVisible();
  await snapshot(page, "locked");
});

test("a signed-out visitor is sent to sign in, and back after it", async ({ page }) => {
  await page.goto("/account/security");
  await expect(page).toHaveURL(/\/signin\?next=%2Faccount%2Fsecurity$/);
  await page.getByLabel("E-mail or username").fill("user@example.com");
  await page.getByLabel("Password").fill(process.env.SEED_PASSWORD ?? "Tessera-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByRole("heading", { name: "Where you're signed in" })).toBeVisible();
  await expect(page.getByText("This device")).toBeVisible();
});

test("forgot password never reveals whether an account exists", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail or username").fill("nobody-here@example.test");
  await page.getByRole("button", { name: "Send reset code" }).click();
  await expect(page.getByText("If an account matches")).toBeVisible();
});
