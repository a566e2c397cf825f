import { describe, expect, it } from "vitest";
import { formatToken, formatTokenFull } from "./token";

const BREV = 10n ** 18n;

describe("formatToken", () => {
  it("groups thousands and keeps four fraction digits", () => {
    expect(formatToken(1_234_567n * BREV + 891_234_567_000_000_000n, { symbol: "BREV" })).toBe("1,234,567.8912 BREV");
  });

  it("drops trailing zeros", () => {
    expect(formatToken(12n * BREV + BREV / 2n)).toBe("12.5");
    expect(formatToken(0n)).toBe("0");
  });

  it("never rounds a tiny balance to zero", () => {
    expect(formatToken(1n, { symbol: "BREV" })).toBe("<0.0001 BREV");
  });

  it("rounds toward zero so balances are never overstated", () => {
    expect(formatToken(999_999_999_999_999_999n)).toBe("0.9999");
  });

  it("abbreviates in compact form", () => {
    expect(formatToken(100_000_000n * BREV, { compact: true, symbol: "BREV" })).toBe("100M BREV");
    expect(formatToken(1_234_567n * BREV, { compact: true })).toBe("1.23M");
    expect(formatToken(999n * BREV, { compact: true })).toBe("999");
  });

  it("handles negative amounts", () => {
    expect(formatToken(-3n * BREV)).toBe("-3");
  });
});

describe("formatTokenFull", () => {
  it("keeps every digit", () => {
    expect(formatTokenFull(1_000n * BREV + 1n, { symbol: "BREV" })).toBe("1,000.000000000000000001 BREV");
  });
});
