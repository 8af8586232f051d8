import { jsonError, type PathItem } from "./types";

export const platformPaths: Record<string, PathItem> = {
  "/health": {
    get: {
      tags: ["Platform"],
      summary: "Database reachability and the applied migration",
      responses: {
        "200": {
          description: "The app and its database are up",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  status: { const: "ok" },
                  database: {
                    type: "object",
                    properties: { reachable: { type: "boolean" }, latencyMs: { type: "integer" }, migration: { type: ["string", "null"] }, pendingFailed: { type: "boolean" } },
                  },
                },
              },
              example: { status: "ok", database: { reachable: true, latencyMs: 2, migration: "20261121000000_init", pendingFailed: false } },
            },
          },
        },
        "503": { description: "The database does not answer", content: { "application/json": { schema: { type: "object" }, example: { status: "unavailable", database: { reachable: false, error: "Database unreachable" } } } } },
      },
    },
  },
  "/dev/mailbox": {
    get: {
      tags: ["Platform"],
      summary: "The local development mailbox (only outside production or with DEV_MAILBOX=1)",
      parameters: [
        { name: "to", in: "query", schema: { type: "string" }, description: "Only messages to this address" },
        { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } },
      ],
      responses: {
        "200": {
          description: "Messages, newest first",
          content: {
            "application/json": {
              schema: {
                type: "array",
                items: {
                  type: "object",
                  properties: { id: { type: "string" }, to: { type: "string" }, subject: { type: "string" }, text: { type: "string" }, html: { type: "string" }, createdAt: { type: "string", format: "date-time" } },
                },
              },
            },
          },
        },
        "400": jsonError("Malformed query"),
        "404": jsonError("The mailbox is disabled (production)"),
      },
    },
  },
  "/openapi.json": {
    get: { tags: ["Platform"], summary: "This document", responses: { "200": { description: "OpenAPI 3.1 JSON" } } },
  },
};
