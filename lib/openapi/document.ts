// The OpenAPI 3.1 document of every endpoint (API-CONTRACT rule 12). Each
// domain adds its paths in lib/openapi/paths-<domain>.ts; this file joins them.
import { platformPaths } from "./paths-platform";
import { s1Paths } from "./paths-s1";
import { s1TicketPaths } from "./paths-s1-tickets";
import { eventCompatPaths } from "./paths-events-s0-s2-s3";
import { s0S2S3Paths } from "./paths-s0-s2-s3";
import { s4AccountPaths } from "./paths-s4-accounts";
import { s4EventPaths } from "./paths-s4-events";
import type { PathItem } from "./types";

const groups: Record<string, PathItem>[] = [platformPaths, s1Paths, s1TicketPaths, s0S2S3Paths, s4AccountPaths, s4EventPaths, eventCompatPaths];

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, PathItem> = {};
  for (const group of groups) Object.assign(paths, group);
  return {
    openapi: "3.1.0",
    info: {
      title: "Tessera API",
      version: "1.0.0",
      description:
        "Every endpoint of the five earlier event backends, served under /api (and /api/v1). " +
        "Authenticate with `Authorization: Bearer <token>`, the `token` cookie, or S1's `token` header/query parameter. " +
        "Errors are JSON with a `message` (plus `success: false` and `error` on S4 paths).",
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, "")}/api` }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        tokenCookie: { type: "apiKey", in: "cookie", name: "token" },
        tokenHeader: { type: "apiKey", in: "header", name: "token" },
      },
      schemas: {
        Error: { type: "object", required: ["message"], properties: { message: { type: "string" }, success: { type: "boolean" }, error: { type: "string" } } },
      },
    },
    paths,
  };
}
