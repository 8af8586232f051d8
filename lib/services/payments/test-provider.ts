import "server-only";
import { randomBytes } from "node:crypto";
import { AppError, badRequest } from "@/lib/http/errors";
import { parseBookingInput, testChargeSchema, type TestChargeInput } from "@/lib/validation/booking";
import type { ChargeResult, PaymentProvider, RefundRequest, RefundResult } from "./types";

// Stripe's documented test payment methods and tokens (API-CONTRACT rule 10),
// with the messages Stripe gives for its decline cards.
const approved = new Set(["tok_visa", "pm_card_visa", "tok_mastercard", "pm_card_mastercard"]);
const declined: Record<string, string> = {
  tok_chargeDeclined: "Your card was declined.",
  pm_card_chargeDeclined: "Your card was declined.",
  tok_chargeDeclinedInsufficientFunds: "Your card has insufficient funds.",
  pm_card_chargeDeclinedInsufficientFunds: "Your card has insufficient funds.",
  tok_chargeDeclinedExpiredCard: "Your card has expired.",
  pm_card_chargeDeclinedExpiredCard: "Your card has expired.",
};

const providerId = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("hex")}`;

/**
 * The built-in stand-in for Stripe in test mode, used when no Stripe key is
 * configured: approves Stripe's test Visa and Mastercard methods and declines
 * its decline cards with a 402, without any network.
 */
export async function chargeTestPayment(input: TestChargeInput): Promise<ChargeResult> {
  const { paymentMethod } = parseBookingInput(testChargeSchema, input);
  const decline = declined[paymentMethod];
  if (decline) throw new AppError("PAYMENT_REQUIRED", decline);
  if (!approved.has(paymentMethod)) throw badRequest("Unknown test payment method");
  return { id: providerId("pi"), status: "succeeded" };
}

/** Test refunds always succeed at once. */
export async function refundTestPayment(request: RefundRequest): Promise<RefundResult> {
  if (!request.providerRef || request.amountMinor <= 0) throw badRequest("Nothing to refund");
  return { id: providerId("re"), status: "succeeded" };
}

export const testPaymentProvider: PaymentProvider = {
  name: "TEST",
  settlesInProcess: true,
  charge: chargeTestPayment,
  refund: refundTestPayment,
};
