import fc from "fast-check";
import { formatUnits, parseUnits } from "viem";
import { describe, expect, it } from "vitest";
import { formatToken, formatTokenFull } from "./token";

const BREV = 10n ** 18n;
/** Anything from dust to far past every token's supply, either sign. */
const wei = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
const decimals = fc.integer({ min: 0, max: 30 });
/** A displayed amount back to wei: grouping and symbol removed. */
const back = (text: string, places: number) => parseUnits(text.replace(/ .*$/, "").replaceAll(",", ""), places);

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
    expect(formatToken(-1n)).toBe("-<0.0001");
    expect(formatToken(1n, { compact: true })).toBe("<0.01");
  });

  it("rounds toward zero so balances are never overstated", () => {
    expect(formatToken(999_999_999_999_999_999n)).toBe("0.9999");
    expect(formatToken(-999_999_999_999_999_999n)).toBe("-0.9999");
  });

  it("stays exact far past a double's precision", () => {
    expect(formatToken(123_456_789_012_345_678_901_234_567_890n * BREV + 1n)).toBe(
      "123,456,789,012,345,678,901,234,567,890",
    );
    expect(formatToken(9_007_199_254_740_993n * BREV + BREV / 10n)).toBe("9,007,199,254,740,993.1");
  });

  it("abbreviates in compact form", () => {
    expect(formatToken(100_000_000n * BREV, { compact: true, symbol: "BREV" })).toBe("100M BREV");
    expect(formatToken(1_234_567n * BREV, { compact: true })).toBe("1.23M");
    expect(formatToken(1_999_999n * BREV, { compact: true })).toBe("1.99M");
    expect(formatToken(999n * BREV, { compact: true })).toBe("999");
    expect(formatToken(-1_234n * BREV, { compact: true })).toBe("-1.23K");
  });

  it("reads other decimals from the caller", () => {
    expect(formatToken(1_500_000n, { decimals: 6, symbol: "USDC" })).toBe("1.5 USDC");
    expect(formatToken(10n ** 21n + 5n * 10n ** 17n, { decimals: 21 })).toBe("1.0005");
  });

  it("handles negative amounts with one minus sign", () => {
    expect(formatToken(-3n * BREV)).toBe("-3");
  });

  it("is the magnitude's text with a minus sign in front for any negative amount", () => {
    fc.assert(
      fc.property(wei, fc.boolean(), (amount, compact) => {
        fc.pre(amount > 0n);
        expect(formatToken(-amount, { compact })).toBe(`-${formatToken(amount, { compact })}`);
      }),
    );
  });

  it("never shows more than the amount, and loses less than its last digit", () => {
    fc.assert(
      fc.property(wei, decimals, (amount, places) => {
        const text = formatToken(amount, { decimals: places });
        const magnitude = amount < 0n ? -amount : amount;
        if (text.includes("<")) {
          expect(text).toBe(amount < 0n ? "-<0.0001" : "<0.0001");
          expect(magnitude < 10n ** BigInt(Math.max(places - 4, 0))).toBe(true);
          return;
        }
        const shown = back(text, places);
        const shownMagnitude = shown < 0n ? -shown : shown;
        expect(shownMagnitude <= magnitude).toBe(true);
        expect(magnitude - shownMagnitude < 10n ** BigInt(Math.max(places - 4, 0))).toBe(true);
      }),
    );
  });
});

describe("formatToken compact", () => {
  const SUFFIX: Record<string, number> = { "": 0, K: 3, M: 6, B: 9, T: 12 };

  it("never shows more than the amount, and loses less than one hundredth of its unit", () => {
    fc.assert(
      fc.property(wei, (amount) => {
        fc.pre(amount > 0n);
        const text = formatToken(amount, { compact: true });
        if (text.startsWith("<")) {
          expect(text).toBe("<0.01");
          expect(amount < BREV / 100n).toBe(true);
          return;
        }
        const [, number = "", suffix = ""] = /^([\d,.]+)([KMBT]?)$/.exec(text) ?? [];
        const exponent = SUFFIX[suffix] ?? Number.NaN;
        const unit = 10n ** BigInt(18 + exponent);
        const shown = parseUnits(number.replaceAll(",", ""), 18 + exponent);
        expect(shown <= amount).toBe(true);
        expect(amount - shown < unit / 100n).toBe(true);
      }),
    );
  });
});

describe("formatTokenFull", () => {
  it("keeps every digit", () => {
    expect(formatTokenFull(1_000n * BREV + 1n, { symbol: "BREV" })).toBe("1,000.000000000000000001 BREV");
    expect(formatTokenFull(-(BREV / 2n))).toBe("-0.5");
    expect(formatTokenFull(10n ** 21n + 1n, { decimals: 21 })).toBe("1.000000000000000000001");
  });

  it("round-trips every amount at any number of decimals", () => {
    fc.assert(
      fc.property(wei, decimals, (amount, places) => {
        const text = formatTokenFull(amount, { decimals: places, symbol: "BREV" });
        expect(text.endsWith(" BREV")).toBe(true);
        expect(back(text, places)).toBe(amount);
        expect(text.replaceAll(",", "").replace(" BREV", "")).toBe(formatUnits(amount, places));
      }),
    );
  });
});
