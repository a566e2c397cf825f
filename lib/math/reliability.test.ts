import { describe, expect, it } from "vitest";
import { reliabilityBps, wilsonLowerBound, wilsonUpperBound } from "./reliability";

// With z = 1.96: z² = 3.8416. For n trials and p = s / n,
// lower = (p + z²/2n − z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).

describe("wilsonLowerBound", () => {
  it("is 0 with no trials", () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
  });

  it("is exactly 0 with no successes, not a rounding error either side", () => {
    // centre = z²/2n and margin = z·√(z²/4n²) = z²/2n cancel exactly; in floats they leave about ±2e−17.
    expect(wilsonLowerBound(0, 10)).toBe(0);
    expect(wilsonLowerBound(0, 1)).toBe(0);
  });

  it("matches hand-computed bounds", () => {
    // 1 of 1: centre = 1 + 1.9208 = 2.9208, margin = 1.96·√(3.8416/4) = 1.96·0.98 = 1.9208,
    // (2.9208 − 1.9208) / (1 + 3.8416) = 1 / 4.8416 = 0.206543…
    expect(wilsonLowerBound(1, 1)).toBeCloseTo(1 / 4.8416, 12);
    // 10 of 10: centre = 1.19208, margin = 1.96·√(0.009604) = 1.96·0.098 = 0.19208,
    // 1 / 1.38416 = 0.722460…
    expect(wilsonLowerBound(10, 10)).toBeCloseTo(1 / 1.38416, 12);
    // 5 of 10: centre = 0.5 + 0.19208 = 0.69208, margin = 1.96·√(0.025 + 0.009604) = 1.96·0.1860215 = 0.3646022,
    // (0.69208 − 0.3646022) / 1.38416 = 0.236590…
    expect(wilsonLowerBound(5, 10)).toBeCloseTo(0.23659, 5);
  });

  it("is the raw rate at z = 0", () => {
    // No uncertainty allowance: centre = p, margin = 0, denominator 1.
    expect(wilsonLowerBound(7, 10, 0)).toBeCloseTo(0.7, 15);
  });

  it("ranks a long good record above a short perfect one", () => {
    // 990 of 1000 ≈ 0.9817, 3 of 3 ≈ 0.4385
    expect(wilsonLowerBound(990, 1_000)).toBeGreaterThan(wilsonLowerBound(3, 3));
  });

  it("stays in [0, p], rises with successes, and tightens with more trials at the same rate", () => {
    for (let trials = 1; trials <= 40; trials++) {
      let previous = -1;
      for (let successes = 0; successes <= trials; successes++) {
        const bound = wilsonLowerBound(successes, trials);
        expect(bound).toBeGreaterThanOrEqual(0);
        expect(bound).toBeLessThanOrEqual(successes / trials);
        expect(bound).toBeGreaterThan(previous);
        previous = bound;
        if (successes > 0) expect(wilsonLowerBound(2 * successes, 2 * trials)).toBeGreaterThan(bound);
      }
    }
  });

  it.each([
    [-1, 5],
    [1, -5],
    [6, 5],
    [1.5, 5],
    [Number.NaN, 5],
  ])("throws RangeError on impossible counts (%s of %s)", (successes, trials) => {
    expect(() => wilsonLowerBound(successes, trials)).toThrow(RangeError);
  });
});

describe("reliabilityBps", () => {
  it("floors the bound to whole bps", () => {
    // 0.206543… → 2065; 0.722460… → 7224; 0.236590… → 2365
    expect(reliabilityBps(1, 1)).toBe(2_065);
    expect(reliabilityBps(10, 10)).toBe(7_224);
    expect(reliabilityBps(5, 10)).toBe(2_365);
  });

  it("is 0 with no trials or no successes", () => {
    expect(reliabilityBps(0, 0)).toBe(0);
    expect(reliabilityBps(0, 10)).toBe(0);
  });

  it("throws RangeError on impossible counts", () => {
    expect(() => reliabilityBps(2, 1)).toThrow(RangeError);
  });
});

describe("wilsonUpperBound", () => {
  it("is 1 with no trials and with a perfect record", () => {
    expect(wilsonUpperBound(0, 0)).toBe(1);
    expect(wilsonUpperBound(5, 5)).toBe(1);
  });

  it("mirrors the lower bound of the failures and brackets the raw rate", () => {
    expect(wilsonUpperBound(3, 10)).toBeCloseTo(1 - wilsonLowerBound(7, 10), 12);
    // Hand-computed: 8 of 10 at 95 % is [0.4902, 0.9433].
    expect(wilsonUpperBound(8, 10)).toBeCloseTo(0.9433, 4);
    expect(wilsonLowerBound(8, 10)).toBeLessThan(0.8);
    expect(wilsonUpperBound(8, 10)).toBeGreaterThan(0.8);
  });
});
