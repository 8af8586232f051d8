import { test as base, expect, type Browser, type Page } from "@playwright/test";
import pg from "pg";

/** The database the app under test uses (the launcher's embedded one unless DATABASE_URL is set). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_DB_PORT ?? "54339"}/postgres?sslmode=disable`;
}

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Saves a full-page screenshot into the test's output, to look at after a run. */
export async function snapshot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** The demo accounts' password (API-CONTRACT rule 9). */
export const SEED_PASSWORD = process.env.SEED_PASSWORD ?? "Tessera-demo-2026";

/** Signs in through the sign-in page and waits until it has been left. */
export async function signIn(page: Page, identifier: string, password = SEED_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("E-mail or username").fill(identifier);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** A page in a fresh browser context, signed in: no cookie leaks from one user to the next. */
export async function signedInPage(browser: Browser, identifier: string, password = SEED_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, identifier, password);
  return page;
}

export const test = base;
export { expect };
