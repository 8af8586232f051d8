import "server-only";
import { env } from "@/lib/env";
import type { PaymentProvider as ProviderName } from "@/lib/generated/prisma/enums";
import { stripePaymentProvider } from "./stripe-provider";
import { testPaymentProvider } from "./test-provider";
import type { PaymentProvider } from "./types";

/**
 * The provider that takes new payments: Stripe when STRIPE_SECRET_KEY is set,
 * else the built-in test provider (API-CONTRACT rule 10). With `name`, the
 * provider that took an earlier payment (for its refund); Stripe's calls
 * answer 503 while no key is configured.
 */
export function getPaymentProvider(name?: Exclude<ProviderName, "NONE">): PaymentProvider {
  const wanted = name ?? (env().STRIPE_SECRET_KEY ? "STRIPE" : "TEST");
  return wanted === "TEST" ? testPaymentProvider : stripePaymentProvider;
}
