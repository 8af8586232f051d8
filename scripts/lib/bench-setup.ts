// Shared set-up of the benchmarks (bench-onsale, bench-browse): a fresh,
// migrated database, the production build, and `next start` on a free
// loopback port with fixed test secrets, stopped and dropped afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../../tests/support/database";

/**
 * Fixed secrets: the benchmark seals users' personal data in this process
 * and the server must open it with the same keys.
 */
export const BENCH_SECRETS = {
  AUTH_SECRET: "bench-auth-secret-0123456789abcdef0123456789",
  ENCRYPTION_KEYS: `bench1:${Buffer.alloc(32, 7).toString("base64")}`,
  LOOKUP_HASH_KEY: Buffer.alloc(32, 8).toString("base64"),
} as const;

const log = (line: string) => console.log(`[bench] ${line}`);

/**
 * Builds when there is no production build (`.next/BUILD_ID`), or when it
 * predates routes the benchmark calls (an old build lacks them and answers 404).
 * Like the launcher's first build it skips the type check (`npm run typecheck` does that).
 */
export function ensureBuild(routes: string[] = []) {
  const missing = routes.filter((route) => !existsSync(path.join(".next/server/app", route)));
  if (existsSync(".next/BUILD_ID") && !missing.length) return;
  log(missing.length && existsSync(".next/BUILD_ID") ? `the build lacks ${missing.join(", ")}: running next build` : "no production build: running next build");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TESSERA_SKIP_BUILD_TYPECHECK: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/**
 * A fresh database on the local PostgreSQL (or the embedded fallback),
 * migrated, with this process's environment pointed at it so services
 * imported afterwards use it.
 */
export async function prepareDatabase(prefix: string): Promise<TestDatabase> {
  const database = await createTestDatabase(prefix);
  if (database.kind === "embedded") {
    console.warn("[bench] WARNING: no PostgreSQL answered; using the embedded PGlite server. Figures on it are NOT comparable.");
  } else {
    log(`database ${new URL(database.url).pathname.slice(1)} on ${new URL(database.url).host}`);
  }
  await migrate(database.url);
  Object.assign(process.env, benchEnv(database));
  return database;
}

/** The environment of the app under test (and of this process's services). */
export function benchEnv(database: TestDatabase): Record<string, string> {
  return {
    ...BENCH_SECRETS,
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: process.env.BENCH_POOL_MAX ?? (database.kind === "embedded" ? "4" : "10"),
    RATE_LIMIT_API_PER_MINUTE: "1000000",
    RATE_LIMIT_LOGIN_FAILURES: "1000000",
    APP_TIMEZONE: "UTC",
    APP_URL: "http://127.0.0.1:3000",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type RunningApp = { baseUrl: string; child: ChildProcess; stop: () => Promise<void> };

/** `next start` on a free loopback port; resolves once /api/health answers 200. */
export async function startApp(database: TestDatabase, timeoutMs = 60_000): Promise<RunningApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // As `npm start` serves it (scripts/serve.mjs), configured for this machine: one worker per core unless WEB_CONCURRENCY says otherwise.
  const workers = process.env.WEB_CONCURRENCY ?? String(os.availableParallelism());
  log(`next start with ${workers} worker process${workers === "1" ? "" : "es"} (WEB_CONCURRENCY)`);
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server; give WEB_CONCURRENCY=1 with it.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, path.resolve("scripts/serve.mjs"), "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...benchEnv(database), NODE_ENV: "production", APP_URL: baseUrl, WEB_CONCURRENCY: workers },
  });
  // Server output is kept quiet unless something goes wrong; errors are always shown.
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => {
    output.push(chunk.toString());
    process.stderr.write(`[server] ${chunk}`);
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output.join("")}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) {
        log(`next start on ${baseUrl}, healthy after ${Date.now() - started} ms`);
        return { baseUrl, child, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not become healthy in ${timeoutMs} ms:\n${output.join("")}`);
}

/**
 * Runs `body` with a hard deadline: past it, the cleanup still runs (server
 * stopped, database dropped) and the process exits non-zero.
 */
export async function runBounded(name: string, deadlineMs: number, body: () => Promise<number>, cleanup: () => Promise<void>) {
  let cleaned = false;
  const clean = async () => {
    if (cleaned) return;
    cleaned = true;
    await cleanup().catch((error) => console.error(`[bench] cleanup failed: ${error instanceof Error ? error.message : error}`));
  };
  const timer = setTimeout(() => {
    console.error(`[bench] ${name}: aborted after ${Math.round(deadlineMs / 1000)} s`);
    void clean().then(() => process.exit(2));
  }, deadlineMs);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void clean().then(() => process.exit(130)));
  let code = 1;
  try {
    code = await body();
  } catch (error) {
    console.error(`[bench] ${name} failed:`, error);
    code = 1;
  } finally {
    clearTimeout(timer);
    await clean();
  }
  process.exit(code);
}

/** A compact description of the machine and its load, printed with the figures. */
export function machineLine() {
  const [l1, l5, l15] = os.loadavg().map((l) => l.toFixed(2));
  return `${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load average ${l1} ${l5} ${l15}, Node ${process.version}`;
}
