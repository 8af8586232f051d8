import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { RequestContext } from "@/lib/services/audit/record-audit";
import { admitRequest, clientContextFrom, errorPayload, hasFieldBody, parseBodyFields, tokenFrom, type ActorFor, type ApiOptions } from "./api-core";
import { AppError } from "./errors";
import { toAppError } from "./map-error";

type Params = Record<string, string | string[]>;
export type RouteContext<P extends Params = Record<string, string>> = { params: Promise<P> };
export type { ApiOptions };

export type ApiHandlerArgs<P extends Params, A> = {
  req: NextRequest;
  params: P;
  searchParams: URLSearchParams;
  context: RequestContext;
  actor: A;
  /** The raw token the request presented, if any (for logout). */
  token: string | null;
};

/** Error body per API-CONTRACT rule 6. */
export function errorResponse(error: AppError, options: Pick<ApiOptions, "envelope"> = {}) {
  const { status, body, headers } = errorPayload(error, options);
  return NextResponse.json(body, { status, headers });
}

/** The token a request carries (see tokenFrom). */
export function presentedToken(req: NextRequest): string | null {
  return tokenFrom((name) => req.headers.get(name), (name) => req.cookies.get(name)?.value, req.nextUrl.searchParams);
}

export function clientContext(headers: Headers): RequestContext {
  return clientContextFrom((name) => headers.get(name));
}

/**
 * The one wrapper every route handler goes through: per-IP rate limit,
 * session resolution and role checks, and mapping whatever the handler
 * throws to a JSON error exactly once. (The production server's hot paths
 * go through plainApi, which runs the same admitRequest and errorPayload.)
 */
export function withApi<P extends Params = Record<string, string>, O extends ApiOptions = ApiOptions>(
  handler: (args: ApiHandlerArgs<P, ActorFor<O>>) => Promise<Response>,
  options: O = {} as O,
) {
  return async (req: NextRequest, routeContext: RouteContext<P>): Promise<Response> => {
    try {
      const context = clientContext(req.headers);
      const token = presentedToken(req);
      const actor = await admitRequest(options, token, context);
      const params = ((await routeContext?.params) ?? {}) as P;
      return await handler({ req, params, searchParams: req.nextUrl.searchParams, context, actor, token });
    } catch (error) {
      return errorResponse(toAppError(error), options);
    }
  };
}

/**
 * Reads a request's input from the query string and, when present, a JSON or
 * form body (API-CONTRACT rule 2); body fields win over query fields.
 */
export async function readInput(req: NextRequest): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = Object.fromEntries(req.nextUrl.searchParams);
  if (req.method === "GET" || req.method === "HEAD") return input;
  const type = req.headers.get("content-type") ?? "";
  if (type.includes("multipart/form-data")) {
    const form = await req.formData().catch(() => {
      throw new AppError("BAD_REQUEST", "Malformed form body");
    });
    for (const [key, value] of form) input[key] = value;
    return input;
  }
  if (hasFieldBody(type)) return parseBodyFields(type, await req.text(), input);
  return input;
}

const secureCookies = () => process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1";

/** Sets the `token` cookie a login returns (S1, S4): HttpOnly, SameSite=Lax, Secure in production. */
export function setTokenCookie(res: NextResponse, token: string, expiresAt: Date) {
  res.cookies.set("token", token, { httpOnly: true, sameSite: "lax", secure: secureCookies(), path: "/", expires: expiresAt });
  return res;
}

export function clearTokenCookie(res: NextResponse) {
  res.cookies.set("token", "", { httpOnly: true, sameSite: "lax", secure: secureCookies(), path: "/", maxAge: 0 });
  return res;
}
