import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { Role } from "@/lib/generated/prisma/enums";
import { limitApiRequest } from "@/lib/security/rate-limit";
import type { RequestContext } from "@/lib/services/audit/record-audit";
import { resolveSession, type SessionActor } from "@/lib/services/auth/sessions";
import { AppError } from "./errors";
import { toAppError } from "./map-error";

type Params = Record<string, string | string[]>;
export type RouteContext<P extends Params = Record<string, string>> = { params: Promise<P> };

export type ApiOptions = {
  /** S4 paths answer errors as `{ success: false, message, error }`. */
  envelope?: "plain" | "s4";
  /** "required": 401 without a live session; "optional": actor may be null. */
  auth?: "none" | "optional" | "required";
  /** Roles allowed (403 for others); implies auth "required". */
  roles?: Role[];
  /** Message of the 401 when auth is required (documents word it differently). */
  unauthenticatedMessage?: string;
};

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
  const body: Record<string, unknown> = {};
  if (options.envelope === "s4") body.success = false;
  body.message = error.message;
  if (options.envelope === "s4") body.error = error.code === "INTERNAL" ? "Internal server error" : error.message;
  if (error.fieldErrors) body.errors = error.fieldErrors;
  return NextResponse.json(body, { status: error.status, headers: error.headers });
}

/**
 * The token a request carries, in order: `Authorization: Bearer`, the
 * `token` cookie, S1's `token` header, S1's `token` query parameter.
 */
export function presentedToken(req: NextRequest): string | null {
  const bearer = req.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  return bearer || req.cookies.get("token")?.value || req.headers.get("token")?.trim() || req.nextUrl.searchParams.get("token")?.trim() || null;
}

export function clientContext(headers: Headers): RequestContext {
  const forwarded = headers.get("x-forwarded-for");
  // Next sets X-Forwarded-For to the socket address when no proxy did;
  // behind a proxy the last entry is the one the proxy saw.
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  const ip = (last ?? headers.get("x-real-ip") ?? "unknown").replace(/^::ffff:/, "");
  return { ip, userAgent: headers.get("user-agent") ?? "" };
}

type ActorFor<O extends ApiOptions> = O["roles"] extends Role[] ? SessionActor : O["auth"] extends "required" ? SessionActor : SessionActor | null;

/**
 * The one wrapper every route handler goes through: per-IP rate limit,
 * session resolution and role checks, and mapping whatever the handler
 * throws to a JSON error exactly once.
 */
export function withApi<P extends Params = Record<string, string>, O extends ApiOptions = ApiOptions>(
  handler: (args: ApiHandlerArgs<P, ActorFor<O>>) => Promise<Response>,
  options: O = {} as O,
) {
  return async (req: NextRequest, routeContext: RouteContext<P>): Promise<Response> => {
    try {
      const context = clientContext(req.headers);
      await limitApiRequest(context.ip);
      const token = presentedToken(req);
      const needsActor = options.auth === "required" || Boolean(options.roles);
      const actor = token && options.auth !== "none" ? await resolveSession({ token }, context) : null;
      if (needsActor && !actor) {
        throw new AppError("UNAUTHENTICATED", options.unauthenticatedMessage ?? (token ? "Session expired or revoked. Please sign in again." : "Authentication required"));
      }
      if (options.roles && actor && !options.roles.includes(actor.role)) {
        throw new AppError("FORBIDDEN", options.roles.length === 1 && options.roles[0] === "ADMIN" ? "Admin privileges required" : "You do not have permission to do this");
      }
      const params = ((await routeContext?.params) ?? {}) as P;
      return await handler({ req, params, searchParams: req.nextUrl.searchParams, context, actor: actor as ActorFor<O>, token });
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
  if (type.includes("application/json")) {
    const text = await req.text();
    if (!text.trim()) return input;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AppError("BAD_REQUEST", "Malformed JSON body");
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new AppError("BAD_REQUEST", "The JSON body must be an object");
    return { ...input, ...(parsed as Record<string, unknown>) };
  }
  if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    const form = await req.formData().catch(() => {
      throw new AppError("BAD_REQUEST", "Malformed form body");
    });
    for (const [key, value] of form) input[key] = value;
  }
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
