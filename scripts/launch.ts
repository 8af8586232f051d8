// The one entry point for running the app:
//   npm start  -> production server (builds first if there is no build)
//   npm run dev -> development server
// With no DATABASE_URL it serves the embedded PostgreSQL (PGlite) from this
// process, which owns ./.data/pglite; in every case it applies pending
// migrations and loads the demo data into an empty database before Next
// starts.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase, ensureSecrets, loadEnv } from "./lib/bootstrap";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const nextBin = require.resolve("next/dist/bin/next");

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  loadEnv(mode === "dev");
  ensureSecrets();
  // A first production start builds while the database starts and seeds.
  const build = mode === "start" && !existsSync(".next/BUILD_ID") ? buildOnce() : Promise.resolve();
  const server = await ensureDatabase();

  const { applied, current } = await migrate(process.env.DATABASE_URL!, { log: (l) => console.log(`[migrate] ${l}`) });
  if (!applied.length) console.log(`[migrate] up to date (${current})`);

  const { isDatabaseEmpty, seedDemoData } = await import("@/lib/services/seed/seed-demo-data");
  if (process.env.SKIP_SEED !== "1" && (await isDatabaseEmpty())) {
    const started = Date.now();
    const result = await seedDemoData();
    console.log(`[seed] empty database: demo data loaded in ${Date.now() - started} ms (${JSON.stringify(result)})`);
  }
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();

  await build;

  const port = process.env.PORT ?? "3000";
  // Production runs through scripts/serve.mjs: WEB_CONCURRENCY worker processes share the port.
  const entry = mode === "start" ? path.resolve("scripts/serve.mjs") : nextBin;
  const child = spawn(process.execPath, [entry, mode, "--port", port, ...(process.env.HOSTNAME ? ["--hostname", process.env.HOSTNAME] : [])], {
    stdio: "inherit",
    env: process.env,
  });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await server?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}

function buildOnce(): Promise<void> {
  console.log("[tessera] no production build yet: running next build (once)");
  const child = spawn(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, TESSERA_SKIP_BUILD_TYPECHECK: "1" },
  });
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error("next build failed")))),
  );
}

main().catch((error) => {
  console.error(`[tessera] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
