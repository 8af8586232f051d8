// npm run bench:browse -- read traffic over HTTP: 100 concurrent keep-alive
// clients for BENCH_SECONDS (20) per endpoint against a production build
// (`next start`) on a fresh PostgreSQL database holding the demo data: the
// events list (S4 GET /api/event), S1's GET /api/fullSchedule and
// GET /api/getDay?date=<tomorrow>, one after the other. Loopback only;
// aborts after BENCH_DEADLINE_SECONDS (150).
import { benchClient, latencyLine, percentile, tomorrowUtc, type Timed } from "./lib/bench-http";
import { calibrate, calibrationLine } from "./lib/bench-calibration";
import { ensureBuild, machineLine, prepareDatabase, runBounded, startApp, type RunningApp } from "./lib/bench-setup";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const DEADLINE_MS = Number(process.env.BENCH_DEADLINE_SECONDS ?? 150) * 1000;
const TARGET_RPS = 1500;
const TARGET_P99_MS = 100;

type PhaseResult = { name: string; path: string; seconds: number; results: Timed[] };

/** CLIENTS workers, each sending its next request as soon as the last one answered, for `seconds`. */
async function phase(baseUrl: string, name: string, path: string, seconds: number): Promise<PhaseResult> {
  const client = benchClient(baseUrl, CLIENTS, 30_000);
  const results: Timed[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) results.push(await client.request("GET", path, {}, { keepBody: false }));
  };
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await client.close();
  return { name, path, seconds: elapsed, results };
}

function report({ name, path, seconds, results }: PhaseResult) {
  const ok = results.filter((r) => r.status === 200);
  const errors = results.length - ok.length;
  const statuses = new Map<string, number>();
  for (const r of results) if (r.status !== 200) statuses.set(r.status ? String(r.status) : r.error ?? "network", (statuses.get(r.status ? String(r.status) : r.error ?? "network") ?? 0) + 1);
  const rps = results.length / seconds;
  const latency = results.map((r) => r.ms);
  const p99 = percentile(latency, 99);
  const bytes = ok.length ? Math.round(ok.reduce((sum, r) => sum + r.bytes, 0) / ok.length) : 0;
  console.log(`\n${name}  GET ${path}`);
  console.log(`  requests:  ${results.length} in ${seconds.toFixed(1)} s = ${rps.toFixed(1)} req/s (${bytes} bytes per answer)`);
  console.log(`  latency:   ${latencyLine(latency)}`);
  console.log(`  errors:    ${errors}${errors ? ` ${JSON.stringify(Object.fromEntries(statuses))}` : ""}`);
  console.log(`  TARGET ${rps >= TARGET_RPS && p99 < TARGET_P99_MS ? "MET" : "NOT MET"}: >= ${TARGET_RPS} req/s with p99 < ${TARGET_P99_MS} ms (${rps.toFixed(1)} req/s, p99 ${p99.toFixed(1)} ms)`);
  return errors;
}

async function main() {
  ensureBuild(["api/event", "api/getDay", "api/fullSchedule"]);
  const database = await prepareDatabase("tessera_bench_browse");
  let app: RunningApp | undefined;
  let disconnect: (() => Promise<void>) | undefined;
  await runBounded(
    "bench:browse",
    DEADLINE_MS,
    async () => {
      const calibration = await calibrate();
      const { seedDemoData } = await import("@/lib/services/seed/seed-demo-data");
      const { db } = await import("@/lib/db/client");
      disconnect = () => db.$disconnect();
      const started = Date.now();
      const seeded = await seedDemoData();
      console.log(`[bench] demo data in ${Date.now() - started} ms: ${JSON.stringify(seeded)}`);
      await db.$disconnect();
      app = await startApp(database);

      // BENCH_ONLY="events list,getDay" measures some of them.
      const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
      const endpoints = [
        { name: "events list", path: "/api/event" },
        { name: "fullSchedule", path: "/api/fullSchedule" },
        { name: "getDay", path: `/api/getDay?date=${tomorrowUtc()}` },
      ].filter((e) => !only || only.includes(e.name));
      // Warm-up (not counted): a few requests per endpoint, one at a time, so first-request work is not measured.
      const warm = benchClient(app.baseUrl, 1);
      for (const e of endpoints) {
        for (let i = 0; i < 3; i++) {
          const r = await warm.request("GET", e.path);
          if (r.status !== 200) throw new Error(`${e.path} answered ${r.status} ${r.error ?? r.body.slice(0, 200)} during warm-up`);
          console.log(`[bench] warm-up ${e.name}: ${r.ms.toFixed(1)} ms, ${r.body.length} bytes`);
        }
      }
      await warm.close();
      const results: PhaseResult[] = [];
      for (const e of endpoints) results.push(await phase(app.baseUrl, e.name, e.path, SECONDS));

      console.log("\n== bench:browse ==");
      console.log(`machine:   ${machineLine()}`);
      console.log(`calibration: ${calibrationLine(calibration)}`);
      console.log(`database:  ${database.kind}${database.kind === "embedded" ? " (NOT comparable)" : ""}`);
      console.log(`clients:   ${CLIENTS} concurrent keep-alive, ${SECONDS} s per endpoint, one endpoint at a time`);
      const errors = results.map(report).reduce((a, b) => a + b, 0);
      return errors ? 1 : 0;
    },
    async () => {
      await app?.stop();
      await disconnect?.();
      await database.drop();
      console.log("[bench] server stopped, database dropped");
    },
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
