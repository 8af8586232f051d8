import { describe, expect, it } from "vitest";
import { checkoutExpiry } from "./stripe-checkout";

const MIN = 60_000;

describe("checkoutExpiry", () => {
  const now = new Date("2026-11-21T22:03:17Z");

  it("ends with the hold when Stripe allows it (30 minutes to 24 hours ahead)", () => {
    const hold = new Date(now.getTime() + 2 * 60 * MIN);
    expect(checkoutExpiry(hold, now)).toEqual(hold);
  });

  it("a hold shorter than Stripe's 30-minute minimum ends at the next 5-minute mark past it, with slack", () => {
    const at = checkoutExpiry(new Date(now.getTime() + 10 * MIN), now);
    expect(at.getTime() - now.getTime()).toBeGreaterThanOrEqual(32 * MIN);
    expect(at.getTime() - now.getTime()).toBeLessThan(37 * MIN);
    expect(at.getTime() % (5 * MIN)).toBe(0);
    // A second click a few seconds later asks Stripe for the same time (same idempotent request).
    expect(checkoutExpiry(new Date(now.getTime() + 10 * MIN), new Date(now.getTime() + 5_000))).toEqual(at);
  });

  it("never asks for more than 24 hours, and copes with no hold", () => {
    const far = checkoutExpiry(new Date(now.getTime() + 48 * 60 * MIN), now);
    expect(far.getTime() - now.getTime()).toBeLessThan(24 * 60 * MIN);
    expect(checkoutExpiry(null, now).getTime() - now.getTime()).toBeGreaterThanOrEqual(30 * MIN);
  });
});
