import type { PaymentProvider as ProviderName } from "@/lib/generated/prisma/enums";

export type ChargeRequest = {
  amountMinor: number;
  currency: string;
  /** A payment method or token id, e.g. Stripe's `pm_card_visa` or `tok_visa`. */
  paymentMethod: string;
  description?: string;
  /** Lets a provider recognise a retried request (Stripe's Idempotency-Key). */
  idempotencyKey?: string;
};

export type ChargeResult = { id: string; status: "succeeded" };

export type RefundRequest = { providerRef: string; amountMinor: number; reason?: string };

/** "pending" when the provider confirms later (a webhook updates the Refund row). */
export type RefundResult = { id: string; status: "succeeded" | "pending" };

/**
 * What booking needs from a payment provider. The built-in test provider
 * implements it today; a Stripe provider implements the same two calls.
 * A declined charge throws AppError("PAYMENT_REQUIRED").
 */
export type PaymentProvider = {
  name: Exclude<ProviderName, "NONE">;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
};

/** A successful payment as booking records it (Payment row, unique per provider and ref). */
export type PaymentRecord = { provider: Exclude<ProviderName, "NONE">; providerRef: string; amountMinor: number; currency: string };
