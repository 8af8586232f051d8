import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "./errors";
import { toAppError } from "./map-error";

export type RouteContext<P extends Record<string, string | string[]> = Record<string, string>> = { params: Promise<P> };

export type ApiHandlerArgs<P extends Record<string, string | string[]>> = {
  req: NextRequest;
  params: P;
  searchParams: URLSearchParams;
};

export type ApiOptions = {
  /** S4 paths answer errors as `{ success: false, message, error }`. */
  envelope?: "plain" | "s4";
};

/** Error body per API-CONTRACT rule 6. */
export function errorResponse(error: AppError, options: ApiOptions = {}) {
  const body: Record<string, unknown> = { message: error.message };
  if (options.envelope === "s4") {
    body.success = false;
    body.error = error.code === "INTERNAL" ? "Internal server error" : error.message;
  }
  if (error.fieldErrors) body.errors = error.fieldErrors;
  return NextResponse.json(body, { status: error.status, headers: error.headers });
}

/**
 * The one wrapper every route handler goes through: it maps whatever the
 * handler throws to a JSON error exactly once. Authentication and rate
 * limiting hook in here as they arrive.
 */
export function withApi<P extends Record<string, string | string[]> = Record<string, string>>(
  handler: (args: ApiHandlerArgs<P>) => Promise<Response>,
  options: ApiOptions = {},
) {
  return async (req: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      const params = (await context?.params) ?? ({} as P);
      return await handler({ req, params, searchParams: req.nextUrl.searchParams });
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
