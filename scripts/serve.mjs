// `next start` in WEB_CONCURRENCY processes sharing one port (Node's cluster
// module hands connections out round-robin), so a production server uses
// every core: one Node process runs on one core. With 1 (the default) it is
// plain `next start`. Arguments are passed to Next unchanged.
//
// Each worker keeps its own in-memory state: the public schedule cache
// (SCHEDULE_CACHE_MS, so another worker's sale shows within that time) and,
// without REDIS_URL, its own per-IP rate-limit counters. Background jobs
// (e-mail outbox, order expiry) run in every worker; they claim rows with
// row locks, so they never do a job twice.
import cluster from "node:cluster";

const workers = Math.max(1, Math.min(64, Number.parseInt(process.env.WEB_CONCURRENCY ?? "1", 10) || 1));

if (workers === 1 || !cluster.isPrimary) {
  await import("next/dist/bin/next");
} else {
  if (!process.env.REDIS_URL) {
    console.warn(`[serve] ${workers} workers without REDIS_URL: each keeps its own per-IP rate-limit counters`);
  }
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
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
