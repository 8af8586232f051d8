import { describe, expect, it } from "vitest";
import { formatDuration, formatMoney } from "./format";

describe("formatting", () => {
  it("formats minor units as money, zero as Free", () => {
    expect(formatMoney(1200, "EUR")).toBe("€12.00");
    expect(formatMoney(4999, "USD")).toBe("US$49.99");
    expect(formatMoney(0, "EUR")).toBe("Free");
  });

  it("formats running times", () => {
    expect(formatDuration(143)).toBe("2 h 23 min");
    expect(formatDuration(120)).toBe("2 h");
    expect(formatDuration(15)).toBe("15 min");
  });
});
