// Calls a route handler the way Next would: a real Request with method, URL,
// headers, cookies and body, and the route's params; returns the Response
// and its parsed JSON. Each test passes a distinct IP (x-forwarded-for) when
// it needs its own rate-limit budget.
import { NextRequest } from "next/server";

// Any route handler fits, whatever its params type (tests pass the params a route expects).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (req: NextRequest, ctx: { params: Promise<any> }) => Promise<Response>;

export type ApiCall = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path as a client would call it, e.g. "/api/login?username=x". */
  path: string;
  params?: Record<string, string | string[]>;
  json?: unknown;
  form?: Record<string, string | Blob>;
  headers?: Record<string, string>;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  cookies?: Record<string, string>;
  ip?: string;
  userAgent?: string;
};

export const TEST_USER_AGENT = "tessera-integration-tests/1.0";

export async function callRoute(handler: Handler, call: ApiCall) {
  const headers = new Headers(call.headers);
  headers.set("x-forwarded-for", call.ip ?? "10.0.0.1");
  if (!headers.has("user-agent")) headers.set("user-agent", call.userAgent ?? TEST_USER_AGENT);
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  if (call.cookies) headers.set("cookie", Object.entries(call.cookies).map(([k, v]) => `${k}=${v}`).join("; "));
  let body: BodyInit | undefined;
  if (call.json !== undefined) {
    headers.set("content-type", "application/json");
    body = typeof call.json === "string" ? call.json : JSON.stringify(call.json);
  } else if (call.form) {
    const form = new FormData();
    for (const [k, v] of Object.entries(call.form)) form.append(k, v);
    body = form;
  }
  const req = new NextRequest(new URL(call.path, "http://localhost:3000"), { method: call.method ?? "GET", headers, body });
  const res = await handler(req, { params: Promise.resolve(call.params ?? {}) });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json: json as Record<string, unknown> & unknown[], text, setCookie: res.headers.getSetCookie() };
}

/** `GET(…)`-style shortcuts: `api.post(POST, { path, json })`. */
export const api = {
  get: (h: Handler, call: ApiCall) => callRoute(h, { ...call, method: "GET" }),
  post: (h: Handler, call: ApiCall) => callRoute(h, { ...call, method: "POST" }),
  put: (h: Handler, call: ApiCall) => callRoute(h, { ...call, method: "PUT" }),
  patch: (h: Handler, call: ApiCall) => callRoute(h, { ...call, method: "PATCH" }),
  delete: (h: Handler, call: ApiCall) => callRoute(h, { ...call, method: "DELETE" }),
};
