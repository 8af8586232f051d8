import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";

let cached: { key: string; base: string | undefined; client: Stripe } | undefined;

/** Whether payments go through Stripe (STRIPE_SECRET_KEY set) rather than the built-in test provider. */
export const stripeEnabled = () => Boolean(env().STRIPE_SECRET_KEY);

/**
 * The Stripe SDK client for STRIPE_SECRET_KEY, pointed at STRIPE_API_BASE
 * when set (tests use a loopback fake). The SDK retries connection errors,
 * 409s and 5xx twice, with the same idempotency key.
 */
export function getStripe(): Stripe {
  const { STRIPE_SECRET_KEY: key, STRIPE_API_BASE: base } = env();
  if (!key) throw new AppError("UNAVAILABLE", "Card payments through Stripe are not configured");
  if (cached?.key === key && cached.base === base) return cached.client;
  const target = base ? new URL(base) : null;
  const client = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: "Tessera" },
    ...(target && {
      host: target.hostname,
      port: target.port || (target.protocol === "http:" ? 80 : 443),
      protocol: target.protocol === "http:" ? "http" : "https",
    }),
  });
  cached = { key, base, client };
  return client;
}

export const isStripeError = (error: unknown): error is Stripe.errors.StripeError => error instanceof Stripe.errors.StripeError;

/**
 * Turns a failed Stripe call into an AppError: a declined card is a 402 with
 * Stripe's own message (written for the cardholder); anything else is a 503
 * that says nothing of Stripe's internals. Logs the type, code and request id
 * only (never the request, which may carry keys or card data).
 */
export function stripeFailure(error: unknown, action: string): AppError {
  if (error instanceof AppError) return error;
  if (!isStripeError(error)) {
    console.error(`[stripe] ${action} failed:`, error instanceof Error ? error.message : error);
    return new AppError("UNAVAILABLE", "The payment service could not be reached. Please try again in a moment.", { cause: error });
  }
  if (error.type === "StripeCardError") return new AppError("PAYMENT_REQUIRED", error.message || "Your card was declined.");
  console.error(`[stripe] ${action} failed: ${error.type}${error.code ? ` (${error.code})` : ""}${error.requestId ? ` request ${error.requestId}` : ""}`);
  if (error.type === "StripeInvalidRequestError" && error.param === "payment_method") {
    return new AppError("BAD_REQUEST", "Unknown payment method", { fieldErrors: { payment_method: ["Unknown payment method"] } });
  }
  return new AppError("UNAVAILABLE", "The payment service is unavailable. Please try again in a moment.", { cause: error });
}
