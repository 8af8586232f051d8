import { describe, expect, it } from "vitest";
import { getPaymentProvider } from "./get-payment-provider";
import { chargeTestPayment, refundTestPayment } from "./test-provider";

// Runs with the integration suite so the booking command covers it; it needs no database.
describe("the built-in test payment provider", () => {
  it("approves Stripe's test Visa and Mastercard methods and tokens", async () => {
    for (const paymentMethod of ["tok_visa", "pm_card_visa", "pm_card_mastercard", "tok_mastercard"]) {
      const charge = await chargeTestPayment({ amountMinor: 1250, currency: "EUR", paymentMethod });
      expect(charge).toEqual({ id: expect.stringMatching(/^pi_test_[0-9a-f]{24}$/), status: "succeeded" });
    }
    const a = await chargeTestPayment({ amountMinor: 100, currency: "eur", paymentMethod: "pm_card_visa" });
    const b = await chargeTestPayment({ amountMinor: 100, currency: "eur", paymentMethod: "pm_card_visa" });
    expect(a.id).not.toBe(b.id);
  });

  it("declines Stripe's decline cards with a 402", async () => {
    for (const paymentMethod of ["tok_chargeDeclined", "pm_card_chargeDeclined"]) {
      await expect(chargeTestPayment({ amountMinor: 1250, currency: "EUR", paymentMethod })).rejects.toMatchObject({
        status: 402,
        code: "PAYMENT_REQUIRED",
        message: "Your card was declined.",
      });
    }
    await expect(chargeTestPayment({ amountMinor: 1250, currency: "EUR", paymentMethod: "pm_card_chargeDeclinedInsufficientFunds" })).rejects.toMatchObject({
      status: 402,
      message: "Your card has insufficient funds.",
    });
  });

  it("refuses unknown methods and bad amounts with a 400", async () => {
    await expect(chargeTestPayment({ amountMinor: 1250, currency: "EUR", paymentMethod: "4242424242424242" })).rejects.toMatchObject({
      status: 400,
      message: "Unknown test payment method",
    });
    await expect(chargeTestPayment({ amountMinor: 0, currency: "EUR", paymentMethod: "tok_visa" })).rejects.toMatchObject({ status: 400 });
    await expect(chargeTestPayment({ amountMinor: 100, currency: "EURO", paymentMethod: "tok_visa" })).rejects.toMatchObject({ status: 400 });
  });

  it("refunds at once and is the provider when no Stripe key is set", async () => {
    expect(await refundTestPayment({ providerRef: "pi_test_x", amountMinor: 100 })).toEqual({ id: expect.stringMatching(/^re_test_/), status: "succeeded" });
    expect(getPaymentProvider().name).toBe("TEST");
  });
});
