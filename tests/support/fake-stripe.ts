// A loopback stand-in for the parts of Stripe's REST API that Tessera's
// Stripe provider calls (PaymentMethods from tokens, PaymentIntents created
// and confirmed at once, Checkout Sessions, Refunds), with Stripe's JSON
// shapes, its test cards and Idempotency-Key replay, so tests run the real
// SDK against a server they control. Also signs webhook events as Stripe does.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

export type FakeStripeRequest = { method: string; path: string; idempotencyKey: string | undefined; authorization: string | undefined; body: Record<string, unknown> };
type Obj = Record<string, unknown> & { id: string };
type Reply = { status: number; body: unknown };

export type FakeStripe = {
  url: string;
  secretKey: string;
  webhookSecret: string;
  requests: FakeStripeRequest[];
  paymentIntents: Map<string, Obj>;
  sessions: Map<string, Obj>;
  refunds: Map<string, Obj>;
  /** Answer the next `count` requests with this status (and `stripe-should-retry: false`, so the SDK gives up at once). */
  failNext: (count: number, status?: number) => void;
  /** New refunds answer "pending" (confirmed later by a refund.updated webhook) instead of "succeeded". */
  refundsPending: (on: boolean) => void;
  /** The customer pays an open Checkout Session: it becomes complete and paid, with a succeeded PaymentIntent. */
  completeSession: (id: string) => { session: Obj; paymentIntent: Obj };
  /** A Stripe event wrapping `object`, its JSON body and a valid Stripe-Signature header for it. */
  event: (type: string, object: unknown, options?: { id?: string; secret?: string }) => { id: string; body: string; signature: string };
  close: () => Promise<void>;
};

const approvedCards = new Set(["pm_card_visa", "pm_card_mastercard", "tok_visa", "tok_mastercard"]);
const declinedCards: Record<string, { message: string; declineCode: string }> = {
  pm_card_chargeDeclined: { message: "Your card was declined.", declineCode: "generic_decline" },
  tok_chargeDeclined: { message: "Your card was declined.", declineCode: "generic_decline" },
  pm_card_chargeDeclinedInsufficientFunds: { message: "Your card has insufficient funds.", declineCode: "insufficient_funds" },
  tok_chargeDeclinedInsufficientFunds: { message: "Your card has insufficient funds.", declineCode: "insufficient_funds" },
};
const needsAuthentication = new Set(["pm_card_authenticationRequired", "tok_threeDSecureRequired"]);

const newId = (prefix: string) => `${prefix}_fake${randomBytes(10).toString("hex")}`;
const now = () => Math.floor(Date.now() / 1000);

/** Stripe's form encoding (`a[b][0][c]=x`) back into nested objects; numeric keys become arrays. */
export function parseStripeForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const parts = key.split(/\[|\]\[|\]/).filter((p) => p !== "");
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  const arrays = (value: unknown): unknown => {
    if (!value || typeof value !== "object") return value;
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, arrays(v)] as const);
    if (entries.length && entries.every(([k]) => /^\d+$/.test(k))) return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    return Object.fromEntries(entries);
  };
  return arrays(root) as Record<string, unknown>;
}

const apiError = (status: number, error: Record<string, unknown>): Reply => ({ status, body: { error } });
const invalid = (message: string, param?: string, code?: string) => apiError(400, { type: "invalid_request_error", message, param, code });
const missing = (what: string, id: string, param?: string) => apiError(param ? 400 : 404, { type: "invalid_request_error", code: "resource_missing", message: `No such ${what}: '${id}'`, param });

export type FakeStripeOptions = {
  secretKey?: string;
  webhookSecret?: string;
  port?: number;
  /** Where the hosted checkout page posts checkout.session.completed (signed), as Stripe would. */
  webhookUrl?: string;
};

export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
  const secretKey = options.secretKey ?? "sk_test_fake_tessera";
  const webhookSecret = options.webhookSecret ?? "whsec_fake_tessera";
  const requests: FakeStripeRequest[] = [];
  const paymentMethods = new Map<string, string>(); // pm id -> the test card it stands for
  const paymentIntents = new Map<string, Obj>();
  const sessions = new Map<string, Obj>();
  const refunds = new Map<string, Obj>();
  const idempotent = new Map<string, { path: string; raw: string; reply: Reply }>();
  let failures = 0;
  let failStatus = 500;
  let pendingRefunds = false;
  let base = "";

  function paymentIntent(params: Record<string, unknown>): Reply {
    const amount = Number(params.amount);
    if (!Number.isInteger(amount) || amount < 1) return invalid("This value must be greater than or equal to 1.", "amount");
    if (typeof params.currency !== "string" || params.currency.length !== 3) return invalid("Invalid currency", "currency");
    const method = String(params.payment_method ?? "");
    const card = paymentMethods.get(method) ?? method;
    if (method && !approvedCards.has(card) && !declinedCards[card] && !needsAuthentication.has(card)) return missing("PaymentMethod", method, "payment_method");
    const intent: Obj = {
      id: newId("pi"),
      object: "payment_intent",
      amount,
      amount_received: 0,
      currency: params.currency,
      description: params.description ?? null,
      metadata: params.metadata ?? {},
      payment_method: method || null,
      status: method ? "requires_confirmation" : "requires_payment_method",
      latest_charge: null,
      last_payment_error: null,
      created: now(),
      livemode: false,
    };
    paymentIntents.set(intent.id, intent);
    return params.confirm === "true" ? confirm(intent) : { status: 200, body: intent };
  }

  function confirm(intent: Obj): Reply {
    const card = paymentMethods.get(String(intent.payment_method)) ?? String(intent.payment_method);
    const decline = declinedCards[card];
    if (decline) {
      intent.status = "requires_payment_method";
      intent.last_payment_error = { type: "card_error", code: "card_declined", decline_code: decline.declineCode, message: decline.message };
      return apiError(402, { type: "card_error", code: "card_declined", decline_code: decline.declineCode, message: decline.message, payment_intent: intent });
    }
    if (needsAuthentication.has(card)) {
      intent.status = "requires_action";
      return { status: 200, body: intent };
    }
    Object.assign(intent, { status: "succeeded", amount_received: intent.amount, latest_charge: newId("ch") });
    return { status: 200, body: intent };
  }

  function checkoutSession(params: Record<string, unknown>): Reply {
    const lines = (params.line_items as Record<string, Record<string, unknown>>[] | undefined) ?? [];
    if (!lines.length) return invalid("line_items is required in payment mode", "line_items");
    if (!params.success_url) return invalid("Missing required param: success_url.", "success_url");
    const expiresAt = params.expires_at ? Number(params.expires_at) : now() + 24 * 3600;
    if (expiresAt < now() + 30 * 60 || expiresAt > now() + 24 * 3600) {
      return invalid("The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", "expires_at");
    }
    const currencies = new Set(lines.map((l) => (l.price_data as Record<string, unknown>).currency));
    const total = lines.reduce((sum, l) => sum + Number((l.price_data as Record<string, unknown>).unit_amount) * Number(l.quantity ?? 1), 0);
    const id = newId("cs_test");
    const session: Obj = {
      id,
      object: "checkout.session",
      mode: params.mode ?? "payment",
      amount_total: total,
      currency: [...currencies][0],
      client_reference_id: params.client_reference_id ?? null,
      customer_email: params.customer_email ?? null,
      metadata: params.metadata ?? {},
      payment_intent: null,
      payment_status: "unpaid",
      status: "open",
      expires_at: expiresAt,
      success_url: params.success_url,
      cancel_url: params.cancel_url ?? null,
      url: `${base}/checkout/${id}`,
      line_items_sent: lines,
      payment_intent_data_sent: params.payment_intent_data ?? null,
      created: now(),
      livemode: false,
    };
    sessions.set(id, session);
    return { status: 200, body: session };
  }

  function refund(params: Record<string, unknown>): Reply {
    const intent = paymentIntents.get(String(params.payment_intent ?? ""));
    if (!intent) return missing("payment_intent", String(params.payment_intent ?? ""), "payment_intent");
    if (intent.status !== "succeeded") return invalid("This PaymentIntent does not have a successful charge to refund.", "payment_intent");
    const already = [...refunds.values()].filter((r) => r.payment_intent === intent.id && r.status !== "failed").reduce((s, r) => s + Number(r.amount), 0);
    const amount = params.amount ? Number(params.amount) : Number(intent.amount) - already;
    if (already >= Number(intent.amount)) return invalid(`Charge ${intent.latest_charge} has already been refunded.`, undefined, "charge_already_refunded");
    if (amount + already > Number(intent.amount)) return invalid("Refund amount is greater than unrefunded amount on charge", "amount");
    const created: Obj = {
      id: newId("re"),
      object: "refund",
      amount,
      currency: intent.currency,
      charge: intent.latest_charge,
      payment_intent: intent.id,
      metadata: params.metadata ?? {},
      reason: params.reason ?? null,
      status: pendingRefunds ? "pending" : "succeeded",
      created: now(),
    };
    refunds.set(created.id, created);
    return { status: 200, body: created };
  }

  function route(method: string, path: string, params: Record<string, unknown>): Reply {
    const [, v1, kind, id, action, extra] = path.split("/");
    if (v1 !== "v1") return apiError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` });
    const key = kind === "checkout" ? `checkout/${id}` : kind;
    const objectId = kind === "checkout" ? action : id;
    const sub = kind === "checkout" ? extra : action;
    if (method === "POST" && key === "payment_methods" && !objectId) {
      const token = (params.card as Record<string, unknown> | undefined)?.token;
      if (params.type !== "card" || typeof token !== "string") return invalid("Missing required param: card.", "card");
      if (!approvedCards.has(token) && !declinedCards[token] && !needsAuthentication.has(token)) return missing("token", token, "card[token]");
      const pm = { id: newId("pm"), object: "payment_method", type: "card", card: { brand: token.includes("mastercard") ? "mastercard" : "visa", last4: "4242" } };
      paymentMethods.set(pm.id, token);
      return { status: 200, body: pm };
    }
    if (key === "payment_intents") {
      if (method === "POST" && !objectId) return paymentIntent(params);
      const intent = paymentIntents.get(objectId ?? "");
      if (!intent) return missing("payment_intent", objectId ?? "");
      if (method === "GET" && !sub) return { status: 200, body: intent };
      if (method === "POST" && sub === "confirm") {
        if (params.payment_method) intent.payment_method = params.payment_method;
        return confirm(intent);
      }
      if (method === "POST" && sub === "cancel") {
        if (intent.status === "succeeded") return invalid("You cannot cancel this PaymentIntent because it has a status of succeeded.");
        intent.status = "canceled";
        return { status: 200, body: intent };
      }
    }
    if (key === "checkout/sessions") {
      if (method === "POST" && !objectId) return checkoutSession(params);
      const session = sessions.get(objectId ?? "");
      if (!session) return missing("checkout.session", objectId ?? "");
      if (method === "GET" && !sub) return { status: 200, body: session };
      if (method === "POST" && sub === "expire") {
        if (session.status !== "open") return invalid("Only Checkout Sessions with a status in [\"open\"] can be expired.");
        session.status = "expired";
        session.url = null;
        return { status: 200, body: session };
      }
    }
    if (key === "refunds") {
      if (method === "POST" && !objectId) return refund(params);
      const found = refunds.get(objectId ?? "");
      if (method === "GET" && found) return { status: 200, body: found };
      return missing("refund", objectId ?? "");
    }
    return apiError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` });
  }

  function handle(req: IncomingMessage, raw: string, res: ServerResponse) {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path.startsWith("/checkout/")) return hostedCheckout(path, res);
    res.setHeader("content-type", "application/json");
    const body = req.method === "POST" ? parseStripeForm(raw) : Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams);
    const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
    requests.push({ method: req.method ?? "GET", path, idempotencyKey, authorization: req.headers.authorization, body });
    const send = (reply: Reply, headers: Record<string, string> = {}) => res.writeHead(reply.status, { ...headers, "request-id": newId("req") }).end(JSON.stringify(reply.body));
    if (req.headers.authorization !== `Bearer ${secretKey}`) {
      return send(apiError(401, { type: "invalid_request_error", message: "Invalid API Key provided: sk_***" }));
    }
    if (failures > 0) {
      failures--;
      return send(apiError(failStatus, { type: "api_error", message: "Something went wrong on Stripe's end." }), { "stripe-should-retry": "false" });
    }
    if (req.method === "POST" && idempotencyKey) {
      const earlier = idempotent.get(idempotencyKey);
      if (earlier) {
        if (earlier.path !== path || earlier.raw !== raw) {
          return send(apiError(400, { type: "idempotency_error", message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.` }));
        }
        return send(earlier.reply, { "idempotent-replayed": "true" });
      }
      const reply = route(req.method, path, body);
      // Stripe keeps the answer of every request that ran (declines included) for the key.
      idempotent.set(idempotencyKey, { path, raw, reply: { status: reply.status, body: JSON.parse(JSON.stringify(reply.body)) } });
      return send(reply);
    }
    send(route(req.method ?? "GET", path, body));
  }

  /** Stripe's hosted page, reduced to two links: pay (then back to success_url) or cancel (back to cancel_url). */
  function hostedCheckout(path: string, res: ServerResponse) {
    const [, , id, action] = path.split("/");
    const session = sessions.get(id);
    if (!session || session.status !== "open") return res.writeHead(404, { "content-type": "text/plain" }).end("This checkout session is not open.");
    if (action === "pay") {
      const { session: paid } = complete(id);
      if (options.webhookUrl) {
        const { body, signature } = signedEvent("checkout.session.completed", paid);
        void fetch(options.webhookUrl, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body }).catch(() => undefined);
      }
      return res.writeHead(303, { location: String(session.success_url) }).end();
    }
    if (action === "cancel") return res.writeHead(303, { location: String(session.cancel_url) }).end();
    const amount = (Number(session.amount_total) / 100).toFixed(2);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
      `<!doctype html><title>Fake Stripe Checkout</title><body style="font-family:sans-serif;max-width:28rem;margin:4rem auto">` +
        `<h1>Fake Stripe Checkout</h1><p>${amount} ${String(session.currency).toUpperCase()}</p>` +
        `<p><a href="/checkout/${id}/pay">Pay with test card 4242</a></p><p><a href="/checkout/${id}/cancel">Cancel</a></p></body>`,
    );
  }

  function complete(id: string) {
    const session = sessions.get(id);
    if (!session) throw new Error(`No session ${id}`);
    const data = (session.payment_intent_data_sent as Record<string, unknown> | null) ?? {};
    const intent: Obj = {
      id: newId("pi"),
      object: "payment_intent",
      amount: session.amount_total,
      amount_received: session.amount_total,
      currency: session.currency,
      metadata: data.metadata ?? {},
      status: "succeeded",
      latest_charge: newId("ch"),
      created: now(),
      livemode: false,
    };
    paymentIntents.set(intent.id, intent);
    Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: intent.id, url: null });
    return { session: { ...session }, paymentIntent: { ...intent } };
  }

  function signedEvent(type: string, object: unknown, eventOptions: { id?: string; secret?: string } = {}) {
    const id = eventOptions.id ?? newId("evt");
    const body = JSON.stringify({ id, object: "event", api_version: Stripe.API_VERSION, created: now(), livemode: false, type, data: { object }, pending_webhooks: 1, request: { id: null, idempotency_key: null } });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: eventOptions.secret ?? webhookSecret });
    return { id, body, signature };
  }

  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        handle(req, raw, res);
      } catch (error) {
        res.writeHead(500).end(JSON.stringify({ error: { type: "api_error", message: String(error) } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    secretKey,
    webhookSecret,
    requests,
    paymentIntents,
    sessions,
    refunds,
    failNext: (count, status = 500) => {
      failures = count;
      failStatus = status;
    },
    refundsPending: (on) => {
      pendingRefunds = on;
    },
    completeSession: complete,
    event: signedEvent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
