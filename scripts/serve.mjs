// The production server (`npm start`): Next's request handler behind Node's
// own http server, in WEB_CONCURRENCY worker processes sharing one port
// (Node's cluster module hands connections out round-robin; one Node process
// runs on one core). Default 1.
//
// The requests of an on-sale rush (S1's getDay, fullSchedule, buyTicket,
// buyManyTikets) are answered before Next's router by lib/http/hot-api.ts,
// through the same endpoint code as their route handlers; everything else
// goes to Next. This script bundles that module with esbuild when it starts
// (into .next/hot-api/, next to the build it serves with).
//
// Each worker keeps its own in-memory state: the public schedule cache
// (SCHEDULE_CACHE_MS; a worker that clears it after a sale tells the others,
// through the primary, to clear theirs) and, without REDIS_URL, its own
// per-IP rate-limit counters. Background jobs
// (e-mail outbox, order expiry) run in every worker; they claim rows with
// row locks, so they never do a job twice.
//
// Arguments: [start] [--port|-p N] [--hostname|-H HOST]; PORT and HOSTNAME
// are read when they are not given.
import cluster from "node:cluster";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";

process.env.NODE_ENV ??= "production";
const workers = Math.max(1, Math.min(64, Number.parseInt(process.env.WEB_CONCURRENCY ?? "1", 10) || 1));
const hotApiBundle = path.resolve(".next/hot-api/server.mjs");

function option(long, short) {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === long || a === short);
  if (at !== -1) return args[at + 1];
  const inline = args.find((a) => a.startsWith(`${long}=`));
  return inline?.slice(long.length + 1);
}

/** Bundles lib/http/hot-api.ts and what it imports from the project; packages stay in node_modules. */
async function buildHotApi() {
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [path.resolve("lib/http/hot-api.ts")],
    outfile: hotApiBundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.resolve("tsconfig.json"),
    logLevel: "warning",
    plugins: [
      {
        // `server-only` guards against client bundles; this bundle only runs on the server.
        name: "server-only",
        setup(build) {
          build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
          build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
        },
      },
    ],
  });
}

async function serve() {
  const port = Number(option("--port", "-p") ?? process.env.PORT ?? 3000);
  const hostname = option("--hostname", "-H") ?? process.env.HOSTNAME;
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const { handleHotApi, warmHotApi } = await import(pathToFileURL(hotApiBundle).href);
  await warmHotApi();
  const server = http.createServer((req, res) => {
    if (!handleHotApi(req, res)) void handle(req, res);
  });
  await new Promise((resolve) => server.listen(port, hostname, resolve));
  if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`[serve] ready on http://${hostname ?? "localhost"}:${port} (${workers} worker${workers === 1 ? "" : "s"})`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

const CACHE_CLEARED = "tessera:public-cache-cleared";

/** A worker's side of the public cache's clearing across workers (lib/cache/public-cache.ts). Sent at once: a buyer refused a moment ago may look next on another worker. */
function relayCacheClears() {
  globalThis.tesseraPublicCacheCleared = () => process.send?.({ type: CACHE_CLEARED });
  process.on("message", (message) => {
    if (message?.type === CACHE_CLEARED) globalThis.tesseraPublicCache?.clear();
  });
}

if (!cluster.isPrimary) {
  relayCacheClears();
  await serve();
} else {
  await buildHotApi();
  if (workers === 1) {
    await serve();
  } else {
    if (!process.env.REDIS_URL) {
      console.warn(`[serve] ${workers} workers without REDIS_URL: each keeps its own per-IP rate-limit counters`);
    }
    let stopping = false;
    for (let i = 0; i < workers; i++) cluster.fork();
    // One worker cleared its public cache: the others clear theirs.
    cluster.on("message", (from, message) => {
      if (message?.type !== CACHE_CLEARED) return;
      for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker !== from) worker.send(message);
    });
    cluster.on("exit", (worker, code, signal) => {
      if (stopping) return;
      console.error(`[serve] worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
      cluster.fork();
    });
    const stop = (signal) => {
      if (stopping) return;
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      const timer = setTimeout(() => process.exit(0), 10_000);
      timer.unref();
      cluster.on("exit", () => {
        if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
      });
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
  }
}
