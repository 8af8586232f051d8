import "server-only";
import { env } from "@/lib/env";
import type { PaymentProvider as ProviderName } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";
import { testPaymentProvider } from "./test-provider";
import type { PaymentProvider } from "./types";

/**
 * The provider that takes new payments: Stripe when STRIPE_SECRET_KEY is set,
 * else the built-in test provider (API-CONTRACT rule 10). With `name`, the
 * provider that took an earlier payment (for its refund).
 */
export function getPaymentProvider(name?: Exclude<ProviderName, "NONE">): PaymentProvider {
  const wanted = name ?? (env().STRIPE_SECRET_KEY ? "STRIPE" : "TEST");
  if (wanted === "TEST") return testPaymentProvider;
  // The Stripe provider plugs in here, implementing the same PaymentProvider type.
  throw new AppError("UNAVAILABLE", "Card payments through Stripe are not available yet");
}
