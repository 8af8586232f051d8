import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { limitApiRequest } from "@/lib/security/rate-limit";
import type { RequestContext } from "@/lib/services/audit/record-audit";
import { resolveSession, type SessionActor } from "@/lib/services/auth/sessions";
import { AppError } from "./errors";

// What every API request goes through, whichever way it came in: Next's
// route handlers (withApi, lib/http/api-handler.ts) or the production
// server's hot paths (plainApi, lib/http/plain-api.ts). No Next imports here.

export type ApiOptions = {
  /** S4 paths answer errors as `{ success: false, message, error }`. */
  envelope?: "plain" | "s4";
  /** "required": 401 without a live session; "optional": actor may be null. */
  auth?: "none" | "optional" | "required";
  /** Roles allowed (403 for others); implies auth "required". */
  roles?: Role[];
  /** Message of the 401 when auth is required (documents word it differently). */
  unauthenticatedMessage?: string;
  /** false: not counted against the per-IP API limit (a caller authenticated otherwise, such as Stripe's signed webhooks). */
  rateLimit?: boolean;
};

export type ActorFor<O extends ApiOptions> = O["roles"] extends Role[] ? SessionActor : O["auth"] extends "required" ? SessionActor : SessionActor | null;

/** An error answer per API-CONTRACT rule 6: status, JSON body and extra headers. */
export function errorPayload(error: AppError, options: Pick<ApiOptions, "envelope"> = {}) {
  const body: Record<string, unknown> = {};
  if (options.envelope === "s4") body.success = false;
  body.message = error.message;
  if (options.envelope === "s4") body.error = error.code === "INTERNAL" ? "Internal server error" : error.message;
  if (error.fieldErrors) body.errors = error.fieldErrors;
  return { status: error.status, body, headers: error.headers };
}

type HeaderLookup = (name: string) => string | null | undefined;

/** The client's address and user agent, from the request's headers. */
export function clientContextFrom(header: HeaderLookup): RequestContext {
  const forwarded = header("x-forwarded-for");
  // Next sets X-Forwarded-For to the socket address when no proxy did (the
  // hot paths do the same); behind a proxy the last entry is the one the proxy saw.
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  const ip = (last ?? header("x-real-ip") ?? "unknown").replace(/^::ffff:/, "");
  return { ip, userAgent: header("user-agent") ?? "" };
}

/**
 * The token a request carries, in order: `Authorization: Bearer`, the
 * `token` cookie, S1's `token` header, S1's `token` query parameter.
 */
export function tokenFrom(header: HeaderLookup, cookie: (name: string) => string | undefined, query: URLSearchParams): string | null {
  const bearer = header("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  return bearer || cookie("token") || header("token")?.trim() || query.get("token")?.trim() || null;
}

/**
 * The per-IP rate limit, then the session and role checks `options` ask
 * for: the actor (null when none is needed), or a 401/403/429 AppError.
 */
export async function admitRequest<O extends ApiOptions>(options: O, token: string | null, context: RequestContext): Promise<ActorFor<O>> {
  if (options.rateLimit !== false) await limitApiRequest(context.ip);
  const needsActor = options.auth === "required" || Boolean(options.roles);
  const actor = token && options.auth !== "none" ? await resolveSession({ token }, context) : null;
  if (needsActor && !actor) {
    throw new AppError("UNAUTHENTICATED", options.unauthenticatedMessage ?? (token ? "Session expired or revoked. Please sign in again." : "Authentication required"));
  }
  if (options.roles && actor && !options.roles.includes(actor.role)) {
    throw new AppError("FORBIDDEN", options.roles.length === 1 && options.roles[0] === "ADMIN" ? "Admin privileges required" : "You do not have permission to do this");
  }
  return actor as ActorFor<O>;
}

/** Whether a body of this content type carries fields parseBodyFields reads (others are not read at all). */
export const hasFieldBody = (type: string) => type.includes("application/json") || type.includes("application/x-www-form-urlencoded");

/** Parses a request body by its content type: JSON or URL-encoded fields (multipart is read by Next's adapter). */
export function parseBodyFields(type: string, text: string, into: Record<string, unknown>): Record<string, unknown> {
  if (type.includes("application/json")) {
    if (!text.trim()) return into;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AppError("BAD_REQUEST", "Malformed JSON body");
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new AppError("BAD_REQUEST", "The JSON body must be an object");
    return { ...into, ...(parsed as Record<string, unknown>) };
  }
  if (type.includes("application/x-www-form-urlencoded")) {
    for (const [key, value] of new URLSearchParams(text)) into[key] = value;
  }
  return into;
}
