import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { startEmbeddedServer } from "./embedded-server";
import { closeSqlPool, sql, sqlTransaction, warmSqlPool } from "./sql";
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

  it("serves the app's pg statements from several pooled connections (PGlite runs them all in one session)", async () => {
    const server = await startEmbeddedServer({ dir: path.join(dir, "pooled"), port: 0 });
    const saved = { url: process.env.DATABASE_URL, max: process.env.DATABASE_POOL_MAX };
    await closeSqlPool();
    process.env.DATABASE_URL = server.url;
    process.env.DATABASE_POOL_MAX = "4";
    resetEnv();
    try {
      await migrate(server.url);
      await warmSqlPool();
      // The same statement text on every connection at once, then inside transactions.
      const rows = await Promise.all(Array.from({ length: 8 }, (_, i) => sql<{ n: number }>("SELECT $1::int AS n", [i])));
      expect(rows.map((r) => r[0].n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      const inTx = await Promise.all(Array.from({ length: 4 }, (_, i) => sqlTransaction((tx) => tx<{ n: number }>("SELECT $1::int AS n", [i]))));
      expect(inTx.map((r) => r[0].n)).toEqual([0, 1, 2, 3]);
    } finally {
      await closeSqlPool();
      process.env.DATABASE_URL = saved.url;
      process.env.DATABASE_POOL_MAX = saved.max;
      resetEnv();
      await server.stop();
    }
  });
});
