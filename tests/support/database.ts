// Fresh databases for test runs: a new database on a real PostgreSQL server
// (TEST_DATABASE_URL, or the local server) or, where there is none, a fresh
// embedded PGlite server in a temporary directory.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedServer } from "@/lib/db/embedded-server";

export type TestDatabase = { url: string; kind: "postgres" | "embedded"; drop: () => Promise<void> };

export const DEFAULT_TEST_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The server to create test databases on, or null when none answers. */
export async function findPostgres(): Promise<string | null> {
  if (process.env.TEST_EMBEDDED === "1") return null;
  const url = process.env.TEST_DATABASE_URL || DEFAULT_TEST_SERVER;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return url;
  } catch (error) {
    if (process.env.TEST_DATABASE_URL) throw new Error(`TEST_DATABASE_URL is set but unreachable: ${(error as Error).message}`);
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const server = await findPostgres();
  if (server) {
    const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return {
      url: withDatabase(server, name),
      kind: "postgres",
      drop: async () => {
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const embedded = await startEmbeddedServer({ dir: path.join(dir, "pglite"), port: 0 });
  return {
    url: embedded.url,
    kind: "embedded",
    drop: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
