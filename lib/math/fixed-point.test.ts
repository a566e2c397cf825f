import { describe, expect, it } from "vitest";
import { BPS, bpsToPercent, mulDiv, ratioWad, WAD, wadToNumber } from "./fixed-point";
import { seededRandom } from "./seeded-random";

describe("constants", () => {
  it("are 1e18 and 1e4", () => {
    expect(WAD).toBe(1_000_000_000_000_000_000n);
    expect(BPS).toBe(10_000n);
  });
});

describe("mulDiv", () => {
  it("rounds down", () => {
    // 7 * 3 / 2 = 21 / 2 = 10.5 → 10
    expect(mulDiv(7n, 3n, 2n)).toBe(10n);
    // 2 * 1 / 3 = 0.66… → 0
    expect(mulDiv(2n, 1n, 3n)).toBe(0n);
    // exact: 6 * 4 / 8 = 3
    expect(mulDiv(6n, 4n, 8n)).toBe(3n);
  });

  it("keeps full precision where a uint256 product would overflow", () => {
    // (2^255 * 4) / 8 = 2^254; the intermediate 2^257 is past 2^256 and must not wrap.
    expect(mulDiv(2n ** 255n, 4n, 8n)).toBe(2n ** 254n);
  });

  it("returns 0 when either factor is 0", () => {
    expect(mulDiv(0n, 5n, 3n)).toBe(0n);
    expect(mulDiv(5n, 0n, 3n)).toBe(0n);
  });

  it("throws RangeError on a zero denominator", () => {
    expect(() => mulDiv(1n, 1n, 0n)).toThrow(RangeError);
  });

  it.each([
    [-1n, 1n, 1n],
    [1n, -1n, 1n],
    [1n, 1n, -1n],
  ])("throws RangeError on negative input mulDiv(%s, %s, %s)", (a, b, d) => {
    expect(() => mulDiv(a, b, d)).toThrow(RangeError);
  });

  it("satisfies q·d ≤ a·b < (q+1)·d over random inputs", () => {
    const random = seededRandom(1n);
    for (let i = 0; i < 500; i++) {
      const a = random(10n ** 30n);
      const b = random(10n ** 30n);
      const d = random(10n ** 30n) + 1n;
      const q = mulDiv(a, b, d);
      expect(q * d <= a * b).toBe(true);
      expect(a * b < (q + 1n) * d).toBe(true);
    }
  });
});

describe("ratioWad", () => {
  it("scales the ratio by 1e18 and rounds down", () => {
    // 1/2 = 0.5 → 5e17
    expect(ratioWad(1n, 2n)).toBe(500_000_000_000_000_000n);
    // 1/3 = 0.333… → 333333333333333333 (eighteen 3s, last digit floored)
    expect(ratioWad(1n, 3n)).toBe(333_333_333_333_333_333n);
    // 2/3 = 0.666… → 666666666666666666 (floored, not …667)
    expect(ratioWad(2n, 3n)).toBe(666_666_666_666_666_666n);
    expect(ratioWad(5n, 5n)).toBe(WAD);
    expect(ratioWad(0n, 5n)).toBe(0n);
  });

  it("throws RangeError on a zero denominator", () => {
    expect(() => ratioWad(1n, 0n)).toThrow(RangeError);
  });
});

describe("wadToNumber", () => {
  it("converts whole and fractional WADs", () => {
    expect(wadToNumber(WAD)).toBe(1);
    expect(wadToNumber(0n)).toBe(0);
    expect(wadToNumber(1_500_000_000_000_000_000n)).toBe(1.5);
    expect(wadToNumber(-WAD / 2n)).toBe(-0.5);
  });

  it("keeps the fraction of a large value", () => {
    // 123456789.25: the integer and fraction are each exact in a double, and so is their sum.
    expect(wadToNumber(123_456_789n * WAD + WAD / 4n)).toBe(123_456_789.25);
  });

  it("is lossy below double precision", () => {
    // 1 + 1e-18 is not representable; the 1 wei vanishes. This is why the result is display-only.
    expect(wadToNumber(WAD + 1n)).toBe(1);
  });
});

describe("bpsToPercent", () => {
  it("divides by 100", () => {
    expect(bpsToPercent(1_234n)).toBe(12.34);
    expect(bpsToPercent(10_000n)).toBe(100);
    expect(bpsToPercent(1n)).toBe(0.01);
    expect(bpsToPercent(0n)).toBe(0);
    expect(bpsToPercent(-500n)).toBe(-5);
  });
});
