// Shared start-up for the launcher and the db scripts: load .env files, make
// sure the app has its secrets, and find (or start) the database.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import { DEFAULT_EMBEDDED_DIR, DEFAULT_EMBEDDED_PORT, startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded-server";

export function loadEnv(dev: boolean) {
  loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error });
}

const GENERATED = ["AUTH_SECRET", "ENCRYPTION_KEYS", "LOOKUP_HASH_KEY"] as const;

/**
 * Secrets not given in the environment are generated once and kept in
 * .data/secrets.json (mode 600), next to the embedded database they protect:
 * the demo is secure by default and its encrypted data survives restarts.
 */
export function ensureSecrets(dataDir = ".data") {
  const missing = GENERATED.filter((name) => !process.env[name]);
  if (!missing.length) return;
  const file = path.join(dataDir, "secrets.json");
  let stored: Record<string, string> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8"));
  const fresh = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    LOOKUP_HASH_KEY: randomBytes(32).toString("base64"),
  };
  let changed = false;
  for (const name of missing) {
    if (!stored[name]) {
      stored[name] = fresh[name];
      changed = true;
    }
    process.env[name] = stored[name];
  }
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2));
    chmodSync(file, 0o600);
    console.log(`[tessera] generated ${missing.join(", ")} into ${file}`);
  }
}

/** Uses DATABASE_URL, or starts the embedded server and points DATABASE_URL at it. */
export async function ensureDatabase(): Promise<EmbeddedServer | null> {
  if (process.env.DATABASE_URL) return null;
  const dir = process.env.EMBEDDED_DB_DIR ?? DEFAULT_EMBEDDED_DIR;
  const port = Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
  const started = Date.now();
  const server = await startEmbeddedServer({ dir, port });
  process.env.DATABASE_URL = server.url;
  // PGlite runs one query at a time; a small pool avoids queueing sockets.
  process.env.DATABASE_POOL_MAX ??= "4";
  console.log(`[tessera] embedded database (${dir}) on port ${port}, ready in ${Date.now() - started} ms`);
  return server;
}
