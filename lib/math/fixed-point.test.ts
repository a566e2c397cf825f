import { describe, expect, it } from "vitest";
import { BPS, mulDiv } from "./fixed-point";
import { seededRandom } from "./seeded-random";

describe("BPS", () => {
  it("is 1e4", () => {
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
