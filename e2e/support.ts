import { test as base, expect, type Page } from "@playwright/test";
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

export const test = base;
export { expect };
