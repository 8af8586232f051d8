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
  "/webhooks/stripe": {
    post: {
      tags: ["Platform"],
      summary: "Stripe's webhook (payments, refunds, expired checkouts)",
      description:
        "Called by Stripe, not by clients. The `Stripe-Signature` header is verified against STRIPE_WEBHOOK_SECRET on the raw body. " +
        "Each event id is applied once; a replay is acknowledged with `duplicate: true` and changes nothing. Handles checkout.session.completed, " +
        "checkout.session.async_payment_succeeded, checkout.session.expired, payment_intent.succeeded, payment_intent.payment_failed, " +
        "charge.refunded and refund.created/updated/failed; other event types are acknowledged and ignored.",
      parameters: [{ name: "Stripe-Signature", in: "header", required: true, schema: { type: "string" }, description: "Stripe's signature of the raw body" }],
      requestBody: { required: true, content: { "application/json": { schema: { type: "object", description: "A Stripe Event object" } } } },
      responses: {
        "200": {
          description: "The event was applied (or had been already)",
          content: {
            "application/json": {
              schema: { type: "object", properties: { received: { const: true }, id: { type: "string" }, type: { type: "string" }, duplicate: { type: "boolean" } } },
              example: { received: true, id: "evt_1Q2w3E4r5T6y7U8i", type: "checkout.session.completed", duplicate: false },
            },
          },
        },
        "400": jsonError("Missing or invalid Stripe-Signature; nothing was changed"),
        "503": jsonError("STRIPE_WEBHOOK_SECRET is not configured"),
      },
    },
  },
  "/openapi.json": {
    get: { tags: ["Platform"], summary: "This document", responses: { "200": { description: "OpenAPI 3.1 JSON" } } },
  },
};
