// The load generator's HTTP side: a minimal HTTP/1.1 client over keep-alive
// sockets, requests timed from just before they are sent to the end of the
// body, and latency percentiles.
//
// Not Node's http module nor undici: the load generator shares this
// machine's two cores with the server under test, and every microsecond it
// spends is taken from the server. In an on-sale race http.request cost the
// client about 500 µs of CPU per request and undici about 390 µs (request
// objects, header validation, body streams and their async iterators, a
// pool that scans its connections); this client writes a prepared request
// and reads the answer from the socket's string data, like wrk or
// autocannon. It speaks what the benchmarks need: one request at a time per
// connection, answers with Content-Length or chunked bodies.
import net from "node:net";

export type Timed = { status: number; ms: number; body: string; bytes: number; error?: string };

export type BenchClient = {
  /** `keepBody: false` counts the body's bytes without keeping them (`body` is ""): read traffic at thousands of answers a second. */
  request: (method: "GET" | "POST", path: string, headers?: Record<string, string>, options?: { keepBody?: boolean }) => Promise<Timed>;
  close: () => Promise<void>;
};

type Pending = { head: string; keepBody: boolean; started: number; resolve: (timed: Timed) => void; timer?: NodeJS.Timeout };
type Answer = { status: number; bodyLength: number; chunked: boolean; bytes: number; body: string };
type Connection = { socket: net.Socket; buffer: string; pending: Pending | null; answer: Answer | null; idleTimer?: NodeJS.Timeout; closed: boolean };

/** Idle connections are closed after this, before the server's keep-alive timeout (5 s in Node): otherwise a request sent on a socket the server is closing fails. */
const IDLE_MS = 4_000;

export function benchClient(baseUrl: string, maxSockets: number, timeoutMs = 30_000): BenchClient {
  const url = new URL(baseUrl);
  const idle: Connection[] = [];
  const queue: Pending[] = [];
  let open = 0;

  const connect = (): Connection => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port), noDelay: true });
    // Latin-1 keeps one character per byte, so lengths in characters are lengths in bytes.
    socket.setEncoding("latin1");
    const connection: Connection = { socket, buffer: "", pending: null, answer: null, closed: false };
    open++;
    socket.on("data", (chunk: string) => read(connection, chunk));
    const lost = (error?: Error) => {
      if (connection.closed) return;
      connection.closed = true;
      open--;
      clearTimeout(connection.idleTimer);
      const at = idle.indexOf(connection);
      if (at !== -1) idle.splice(at, 1);
      if (connection.pending) settle(connection, 0, "", error?.message ?? "the server closed the connection");
      pump();
    };
    socket.on("error", lost);
    socket.on("close", () => lost());
    return connection;
  };

  const settle = (connection: Connection, status: number, body: string, error?: string) => {
    const pending = connection.pending!;
    connection.pending = null;
    connection.answer = null;
    clearTimeout(pending.timer);
    const bytes = Buffer.byteLength(body, "latin1");
    pending.resolve({
      status,
      ms: performance.now() - pending.started,
      body: pending.keepBody ? Buffer.from(body, "latin1").toString("utf8") : "",
      bytes,
      ...(error ? { error } : {}),
    });
  };

  const read = (connection: Connection, chunk: string) => {
    if (!connection.pending) return;
    connection.buffer += chunk;
    let answer = connection.answer;
    if (!answer) {
      const end = connection.buffer.indexOf("\r\n\r\n");
      if (end === -1) return;
      const head = connection.buffer.slice(0, end);
      connection.buffer = connection.buffer.slice(end + 4);
      const length = /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
      answer = connection.answer = {
        status: Number(head.slice(9, 12)),
        bodyLength: length ? Number(length[1]) : -1,
        chunked: !length && /\r\ntransfer-encoding:[ \t]*chunked/i.test(head),
        bytes: 0,
        body: "",
      };
      if (!length && !answer.chunked) return void connection.socket.destroy(new Error("an answer without Content-Length or chunked body"));
    }
    if (!answer.chunked) {
      if (connection.buffer.length < answer.bodyLength) return;
      const body = connection.buffer.slice(0, answer.bodyLength);
      connection.buffer = "";
      return done(connection, answer.status, body);
    }
    for (;;) {
      const lineEnd = connection.buffer.indexOf("\r\n");
      if (lineEnd === -1) return;
      const size = Number.parseInt(connection.buffer.slice(0, lineEnd), 16);
      if (connection.buffer.length < lineEnd + 2 + size + 2) return;
      if (size === 0) {
        connection.buffer = "";
        return done(connection, answer.status, answer.body);
      }
      answer.body += connection.buffer.slice(lineEnd + 2, lineEnd + 2 + size);
      connection.buffer = connection.buffer.slice(lineEnd + 2 + size + 2);
    }
  };

  const done = (connection: Connection, status: number, body: string) => {
    settle(connection, status, body);
    idle.push(connection);
    connection.idleTimer = setTimeout(() => connection.socket.destroy(), IDLE_MS);
    pump();
  };

  const pump = () => {
    while (queue.length) {
      let connection = idle.pop();
      if (connection) clearTimeout(connection.idleTimer);
      else if (open < maxSockets) connection = connect();
      else return;
      const pending = queue.shift()!;
      connection.pending = pending;
      const sending = connection;
      pending.timer = setTimeout(() => sending.socket.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      connection.socket.write(pending.head, "latin1");
    }
  };

  const request = (method: "GET" | "POST", path: string, headers: Record<string, string> = {}, { keepBody = true } = {}) =>
    new Promise<Timed>((resolve) => {
      let head = `${method} ${path} HTTP/1.1\r\nhost: ${url.host}\r\n`;
      for (const name in headers) head += `${name}: ${headers[name]}\r\n`;
      if (method === "POST") head += "content-length: 0\r\n";
      queue.push({ head: `${head}\r\n`, keepBody, started: performance.now(), resolve });
      pump();
    });

  const close = async () => {
    for (const connection of idle.splice(0)) {
      clearTimeout(connection.idleTimer);
      connection.socket.destroy();
    }
  };
  return { request, close };
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
