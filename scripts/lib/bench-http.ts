// The load generator's HTTP side: one keep-alive agent, requests timed from
// just before they are sent to the end of the body, and latency percentiles.
import http from "node:http";

export type Timed = { status: number; ms: number; body: string; bytes: number; error?: string };

export type BenchClient = {
  /** `keepBody: false` counts the body's bytes without keeping them (`body` is ""): read traffic at thousands of answers a second. */
  request: (method: "GET" | "POST", path: string, headers?: Record<string, string>, options?: { keepBody?: boolean }) => Promise<Timed>;
  close: () => void;
};

export function benchClient(baseUrl: string, maxSockets: number, timeoutMs = 30_000): BenchClient {
  // Idle sockets are closed after 4 s, before the server's keep-alive timeout (5 s in Node):
  // otherwise a request sent on a socket the server is closing fails with ECONNRESET.
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: 4_000 });
  const url = new URL(baseUrl);
  const request = (method: "GET" | "POST", path: string, headers: Record<string, string> = {}, { keepBody = true } = {}) =>
    new Promise<Timed>((resolve) => {
      const started = performance.now();
      const req = http.request(
        { host: url.hostname, port: url.port, method, path, agent, headers: { ...headers, ...(method === "POST" ? { "content-length": "0" } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          let bytes = 0;
          res.on("data", (chunk: Buffer) => {
            bytes += chunk.length;
            if (keepBody) chunks.push(chunk);
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: keepBody ? Buffer.concat(chunks).toString("utf8") : "", bytes }));
          res.on("error", (error) => resolve({ status: 0, ms: performance.now() - started, body: "", bytes, error: error.message }));
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
      req.on("error", (error) => resolve({ status: 0, ms: performance.now() - started, body: "", bytes: 0, error: error.message }));
      req.end();
    });
  return { request, close: () => agent.destroy() };
}

/** Nearest-rank percentile of unsorted samples (ms). */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "n/a");

export function latencyLine(samples: number[]) {
  return `p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}, p99 ${ms(percentile(samples, 99))}, max ${ms(percentile(samples, 100))} (n=${samples.length})`;
}

/** Tomorrow's date (YYYY-MM-DD) in UTC, the benchmarks' APP_TIMEZONE. */
export function tomorrowUtc(now = new Date()): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}
