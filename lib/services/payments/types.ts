import type { PaymentProvider as ProviderName } from "@/lib/generated/prisma/enums";

export type ChargeRequest = {
  amountMinor: number;
  currency: string;
  /** A payment method or token id, e.g. Stripe's `pm_card_visa` or `tok_visa`. */
  paymentMethod: string;
  description?: string;
  /** Lets a provider recognise a retried request (Stripe's Idempotency-Key). */
  idempotencyKey?: string;
  /** The order paid for, kept with the payment at the provider (Stripe metadata.orderId). */
  orderId?: string;
};

export type ChargeResult = { id: string; status: "succeeded" };

export type RefundRequest = {
  providerRef: string;
  amountMinor: number;
  reason?: string;
  /** Lets a provider recognise a retried refund (Stripe's Idempotency-Key). */
  idempotencyKey?: string;
  /** Our ids, kept with the refund at the provider so its webhook finds the Refund row. */
  refundId?: string;
  orderId?: string | null;
};

/** "pending" when the provider confirms later (a webhook updates the Refund row); "failed" when it refused. */
export type RefundResult = { id: string; status: "succeeded" | "pending" | "failed" };

/**
 * What booking needs from a payment provider: the built-in test provider and
 * Stripe (stripe-provider.ts) implement the same two calls.
 * A declined charge throws AppError("PAYMENT_REQUIRED").
 */
export type PaymentProvider = {
  name: Exclude<ProviderName, "NONE">;
  /**
   * Whether a charge is settled without leaving this process (the built-in
   * test provider): such a charge may run inside a database transaction,
   * which a network call (Stripe) never may.
   */
  settlesInProcess: boolean;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
};

/** A successful payment as booking records it (Payment row, unique per provider and ref). */
export type PaymentRecord = { provider: Exclude<ProviderName, "NONE">; providerRef: string; amountMinor: number; currency: string };
