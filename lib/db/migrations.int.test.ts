import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "@/tests/support/database";
import { migrate, readMigrations } from "./migrate";

// Proves the migrations produce exactly the schema in prisma/schema.prisma:
// database A gets every migration applied by our runner; database B gets the
// SQL Prisma derives from schema.prisma directly; their catalogs must match.
// (Prisma's own `--from-url` diff needs the native engine, unavailable here.)

const CATALOG_QUERIES: Record<string, string> = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, datetime_precision
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY table_name, column_name`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
            ORDER BY tablename, indexname`,
  constraints: `SELECT c.relname AS table_name, con.conname, con.contype, pg_get_constraintdef(con.oid) AS definition
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
                WHERE con.connamespace = 'public'::regnamespace AND c.relname <> '_prisma_migrations'
                ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          ORDER BY t.typname, e.enumsortorder`,
};

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) result[name] = (await client.query(sql)).rows;
    return result;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    [migrated, fromSchema] = [await createTestDatabase("tessera_mig_a"), await createTestDatabase("tessera_mig_b")];
  });
  afterAll(async () => {
    await migrated?.drop();
    await fromSchema?.drop();
  });

  it("applied to an empty database give exactly the schema of schema.prisma", async () => {
    const result = await migrate(migrated.url);
    expect(result.applied.length).toBeGreaterThan(0);

    // Asynchronous on purpose: Prisma's CLI opens a connection, and an
    // embedded test server lives in this very process.
    const { stdout: sql } = await promisify(execFile)(
      "npx",
      ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: fromSchema.url } },
    );
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();

    const [a, b] = await Promise.all([catalog(migrated.url), catalog(fromSchema.url)]);
    expect(a.columns.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
  });

  it("keeps Prisma's bookkeeping and applies nothing twice", async () => {
    const again = await migrate(migrated.url);
    expect(again.applied).toEqual([]);
    const client = new pg.Client({ connectionString: migrated.url });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
    await client.end();
    const files = await readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at && r.applied_steps_count === 1)).toBe(true);
  });
});
