import "server-only";
import type { RequestContext } from "@/lib/services/audit/record-audit";
import { admitRequest, clientContextFrom, errorPayload, tokenFrom, type ActorFor, type ApiOptions } from "./api-core";
import { toAppError } from "./map-error";

// An API endpoint written once and served two ways: as a Next route handler
// (nextRoute, lib/http/next-route.ts) and, in the production server, straight
// from Node's http module before Next's router (lib/http/hot-api.ts). The
// hottest S1 paths use it: Next's routing, Request/Response objects and web
// streams cost about a millisecond of CPU per request, more than the
// endpoint's own work (docs/benchmarks.md).

/** A request as both transports can give it cheaply. */
export type PlainRequest = {
  query: URLSearchParams;
  /** A header by lower-case name. */
  header(name: string): string | undefined;
  cookie(name: string): string | undefined;
  /** Query fields, then body fields (JSON, URL-encoded or multipart), body winning (API-CONTRACT rule 2). */
  input(): Promise<Record<string, unknown>>;
};

/** A finished answer: status, headers and the body's bytes or text. */
export type PlainResponse = { status: number; headers: Record<string, string>; body: string | Uint8Array };

export type PlainEndpoint = (req: PlainRequest) => Promise<PlainResponse>;

export type PlainHandlerArgs<A> = { req: PlainRequest; context: RequestContext; actor: A; token: string | null };

const JSON_TYPE = { "content-type": "application/json" };

export function jsonAnswer(body: unknown, status = 200): PlainResponse {
  return { status, headers: JSON_TYPE, body: JSON.stringify(body) };
}

/** An answer already serialised (the public cache keeps bodies as bytes). */
export function jsonBytesAnswer(body: Uint8Array, status = 200): PlainResponse {
  return { status, headers: JSON_TYPE, body };
}

/** plainApi is withApi for PlainRequests: the same admission (rate limit, session, roles) and the same single error mapping. */
export function plainApi<O extends ApiOptions>(handler: (args: PlainHandlerArgs<ActorFor<O>>) => Promise<PlainResponse>, options: O = {} as O): PlainEndpoint {
  return async (req) => {
    try {
      const header = (name: string) => req.header(name);
      const context = clientContextFrom(header);
      const token = tokenFrom(header, (name) => req.cookie(name), req.query);
      const actor = await admitRequest(options, token, context);
      return await handler({ req, context, actor, token });
    } catch (error) {
      const { status, body, headers } = errorPayload(toAppError(error), options);
      return { status, headers: headers ? { ...JSON_TYPE, ...headers } : JSON_TYPE, body: JSON.stringify(body) };
    }
  };
}
