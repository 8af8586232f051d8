import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { warmSqlPool } from "@/lib/db/sql";
import { AppError } from "./errors";
import { hasFieldBody, parseBodyFields } from "./api-core";
import { compatListEvents, s4ListEvents } from "./endpoints/public-event-lists";
import { s1BuyManyTickets, s1BuyTicket, s1FullSchedule, s1GetDay } from "./endpoints/s1-hot";
import type { PlainEndpoint, PlainRequest, PlainResponse } from "./plain-api";
import { securityHeaders } from "./security-headers";

// The production server (scripts/serve.mjs) answers these requests itself,
// before Next's router: an on-sale rush is made of them, and through Next each
// cost about a millisecond of CPU more than the endpoint's own work. The same
// endpoints are Next route handlers too (app/api/<name>/route.ts), which
// `next dev` and every other server use. Anything this module does not
// recognise (another path or method, a multipart body) goes to Next untouched.
// scripts/serve.mjs bundles this file with esbuild when the server starts.

const routes: Record<string, PlainEndpoint> = {
  "GET /api/event": s4ListEvents,
  "GET /api/events": compatListEvents,
  "GET /api/getDay": s1GetDay,
  "GET /api/fullSchedule": s1FullSchedule,
  "POST /api/buyTicket": s1BuyTicket,
  "POST /api/buyManyTikets": s1BuyManyTickets,
};

const MAX_BODY_BYTES = 1 << 20;
/** As a flat [name, value, …] list: writeHead takes it without building and checking a header object per answer (measured: ~20 µs less per answer). */
const headersOnEveryAnswer = securityHeaders(true).flatMap((h) => [h.key, h.value]);

/** The route of a request as next.config.ts's rewrites would see it: /api/v1/x and /api/x/ are /api/x. */
function routeKey(method: string, url: string): { key: string; search: string } {
  const q = url.indexOf("?");
  let path = q === -1 ? url : url.slice(0, q);
  if (path.startsWith("/api/v1/")) path = `/api/${path.slice(8)}`;
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  return { key: `${method} ${path}`, search: q === -1 ? "" : url.slice(q + 1) };
}

function cookieFrom(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq !== -1 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new AppError("BAD_REQUEST", "The request body is too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, answer: PlainResponse) {
  const body = typeof answer.body === "string" ? Buffer.from(answer.body, "utf8") : answer.body;
  const headers = [...headersOnEveryAnswer];
  for (const name in answer.headers) headers.push(name, answer.headers[name]);
  headers.push("content-length", String(body.byteLength));
  res.writeHead(answer.status, headers);
  res.end(body);
}

/** Readies what the first requests would otherwise wait for (the database connections). */
export async function warmHotApi() {
  await warmSqlPool().catch((error) => console.warn("[hot-api] could not open database connections ahead:", error instanceof Error ? error.message : error));
}

/** Answers `req` if it is one of the hot routes (returns true), else leaves it alone for Next (returns false). */
export function handleHotApi(req: IncomingMessage, res: ServerResponse): boolean {
  const { key, search } = routeKey(req.method ?? "GET", req.url ?? "/");
  const endpoint = routes[key];
  if (!endpoint) return false;
  const type = req.headers["content-type"] ?? "";
  if (type.includes("multipart/form-data")) return false;

  const header = (name: string): string | undefined => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  const query = new URLSearchParams(search);
  // As Next does when no proxy set it: the socket's address is the client's.
  if (!req.headers["x-forwarded-for"] && req.socket.remoteAddress) req.headers["x-forwarded-for"] = req.socket.remoteAddress;
  const plain: PlainRequest = {
    query,
    header,
    cookie: (name) => cookieFrom(req.headers.cookie, name),
    input: async () => {
      const fields: Record<string, unknown> = Object.fromEntries(query);
      return hasFieldBody(type) ? parseBodyFields(type, await readBody(req), fields) : fields;
    },
  };
  endpoint(plain)
    .then((answer) => send(res, answer))
    .catch((error) => {
      // plainApi maps every error of the endpoint; this catches a failure to send its answer.
      console.error("[hot-api]", error);
      if (!res.headersSent) send(res, { status: 500, headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Something went wrong on our side. Please try again." }) });
      else res.destroy();
    });
  return true;
}
