import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "./database";

let database: TestDatabase | undefined;

/** One fresh, migrated database for the integration run; dropped afterwards. */
export async function setup(project: TestProject) {
  database = await createTestDatabase("tessera_it");
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = database.kind === "embedded" ? "4" : "8";
  project.provide("databaseUrl", database.url);
  console.log(`[integration] ${database.kind} database ready`);
}

export async function teardown() {
  await database?.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
