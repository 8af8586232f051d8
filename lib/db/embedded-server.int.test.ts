import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedServer } from "./embedded-server";
import { migrate } from "./migrate";

const dir = mkdtempSync(path.join(os.tmpdir(), "tessera-embedded-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps committed data across a restart and refuses a second owner", async () => {
    const dataDir = path.join(dir, "pglite");
    const first = await startEmbeddedServer({ dir: dataDir, port: 0 });
    await migrate(first.url);
    await query(first.url, `INSERT INTO audit_logs (id, action) VALUES (gen_random_uuid(), 'restart-test')`);

    // The lock file names this (live) process as the owner: a second server is refused.
    await expect(startEmbeddedServer({ dir: dataDir, port: 0 })).rejects.toThrow(/already served by process/);
    await first.stop();

    const second = await startEmbeddedServer({ dir: dataDir, port: 0 });
    try {
      const rows = await query(second.url, `SELECT action FROM audit_logs WHERE action = 'restart-test'`);
      expect(rows).toHaveLength(1);
      expect((await migrate(second.url)).applied).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});
