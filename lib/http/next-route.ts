import "server-only";
import type { NextRequest } from "next/server";
import { readInput } from "./api-handler";
import type { PlainEndpoint, PlainRequest } from "./plain-api";

/** A PlainEndpoint as a Next route handler (what the app/api route files export; `next dev` and tests go through it). */
export function nextRoute(endpoint: PlainEndpoint) {
  return async (req: NextRequest): Promise<Response> => {
    const plain: PlainRequest = {
      query: req.nextUrl.searchParams,
      header: (name) => req.headers.get(name) ?? undefined,
      cookie: (name) => req.cookies.get(name)?.value,
      input: () => readInput(req),
    };
    const { status, headers, body } = await endpoint(plain);
    return new Response(body as BodyInit, { status, headers });
  };
}
