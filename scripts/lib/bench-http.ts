// The load generator's HTTP side: one undici Pool of keep-alive connections,
// requests timed from just before they are sent to the end of the body, and
// latency percentiles. undici rather than Node's http module: the load
// generator shares this machine's cores with the server under test, and
// undici's client spends about half the CPU per request (measured here:
// 140 µs with http.request, 77 µs with undici), so less of the server's CPU
// goes to the benchmark itself.
import { Pool } from "undici";

export type Timed = { status: number; ms: number; body: string; bytes: number; error?: string };

export type BenchClient = {
  /** `keepBody: false` counts the body's bytes without keeping them (`body` is ""): read traffic at thousands of answers a second. */
  request: (method: "GET" | "POST", path: string, headers?: Record<string, string>, options?: { keepBody?: boolean }) => Promise<Timed>;
  close: () => Promise<void>;
};

export function benchClient(baseUrl: string, maxSockets: number, timeoutMs = 30_000): BenchClient {
  // One request at a time per connection (no pipelining), as browsers and
  // apps send them. undici closes an idle connection before the server's
  // keep-alive timeout (it reads the `Keep-Alive: timeout=5` the server
  // sends), so no request goes out on a socket the server is closing.
  const pool = new Pool(baseUrl, { connections: maxSockets, pipelining: 1, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  const request = async (method: "GET" | "POST", path: string, headers: Record<string, string> = {}, { keepBody = true } = {}): Promise<Timed> => {
    const started = performance.now();
    let bytes = 0;
    try {
      const res = await pool.request({ method, path, headers: method === "POST" ? { ...headers, "content-length": "0" } : headers });
      const chunks: Buffer[] = [];
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (keepBody) chunks.push(chunk);
      }
      return { status: res.statusCode, ms: performance.now() - started, body: keepBody ? Buffer.concat(chunks).toString("utf8") : "", bytes };
    } catch (error) {
      return { status: 0, ms: performance.now() - started, body: "", bytes, error: error instanceof Error ? error.message : String(error) };
    }
  };
  return { request, close: () => pool.destroy() };
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
