import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random";
import { annualizedYieldBps, grossFromNet, netOfCommission, SECONDS_PER_YEAR, yieldBySource } from "./yield";

const DAY = 24n * 60n * 60n;
const PRICE = 1_000_000_000_000_000n; // 1e15, an empty vault's sharePrice

describe("SECONDS_PER_YEAR", () => {
  it("is 365 days", () => {
    // 365 * 86400 = 31,536,000
    expect(SECONDS_PER_YEAR).toBe(31_536_000n);
  });
});

describe("annualizedYieldBps", () => {
  it("is the raw change over exactly one year", () => {
    // (1.1e15 − 1e15) / 1e15 = 10% = 1000 bps, times 365d / 365d = 1
    expect(annualizedYieldBps(PRICE, 1_100_000_000_000_000n, 365n * DAY)).toBe(1_000n);
  });

  it("scales a short window linearly, without compounding", () => {
    // 1% over 30 days: 100 bps * 365 / 30 = 1216.66… → 1216
    expect(annualizedYieldBps(PRICE, 1_010_000_000_000_000n, 30n * DAY)).toBe(1_216n);
    // 1% over 1 day: 100 * 365 = 36500 bps; simple, so not (1.01^365 − 1)
    expect(annualizedYieldBps(PRICE, 1_010_000_000_000_000n, DAY)).toBe(36_500n);
  });

  it("is negative after a slash", () => {
    // 5% slashed over a year: (0.95e15 − 1e15) / 1e15 = −500 bps
    expect(annualizedYieldBps(PRICE, 950_000_000_000_000n, 365n * DAY)).toBe(-500n);
  });

  it("truncates toward zero on both sides", () => {
    // −1% over 30 days: −100 * 365 / 30 = −1216.66… → −1216 (a floor would give −1217 and overstate the loss)
    expect(annualizedYieldBps(PRICE, 990_000_000_000_000n, 30n * DAY)).toBe(-1_216n);
    // Virtual shares keep 1 wei of a 10% gain: (1099999999999999 − 1e15) * 10000 / 1e15 = 999.99… → 999
    expect(annualizedYieldBps(PRICE, 1_099_999_999_999_999n, 365n * DAY)).toBe(999n);
  });

  it("is zero for an unchanged price", () => {
    expect(annualizedYieldBps(PRICE, PRICE, 7n * DAY)).toBe(0n);
  });

  it("is null with no window or no starting price", () => {
    expect(annualizedYieldBps(PRICE, PRICE, 0n)).toBeNull();
    expect(annualizedYieldBps(PRICE, PRICE, -1n)).toBeNull();
    expect(annualizedYieldBps(0n, PRICE, DAY)).toBeNull();
  });

  it("throws RangeError on a negative price", () => {
    expect(() => annualizedYieldBps(-1n, PRICE, DAY)).toThrow(RangeError);
    expect(() => annualizedYieldBps(PRICE, -1n, DAY)).toThrow(RangeError);
  });

  it("has the sign of the price change over random windows", () => {
    const random = seededRandom(5n);
    for (let i = 0; i < 300; i++) {
      const start = random(10n ** 18n) + 1n;
      const end = random(10n ** 18n);
      const apr = annualizedYieldBps(start, end, random(SECONDS_PER_YEAR) + 1n);
      expect(apr).not.toBeNull();
      if (end > start) expect((apr ?? 0n) >= 0n).toBe(true);
      if (end < start) expect((apr ?? 0n) <= 0n).toBe(true);
    }
  });
});

describe("netOfCommission", () => {
  it("keeps (10000 − commission) / 10000 of the gross", () => {
    // 1000 * (10000 − 1000) / 10000 = 900
    expect(netOfCommission(1_000n, 1_000n)).toBe(900n);
    // 1216 * 8500 / 10000 = 1033.6 → 1033
    expect(netOfCommission(1_216n, 1_500n)).toBe(1_033n);
  });

  it("passes gross through at 0% and keeps nothing at 100%", () => {
    expect(netOfCommission(777n, 0n)).toBe(777n);
    expect(netOfCommission(777n, 10_000n)).toBe(0n);
  });

  it("scales a loss by the same factor, truncating toward zero", () => {
    // −500 * 9000 / 10000 = −450
    expect(netOfCommission(-500n, 1_000n)).toBe(-450n);
    // −1216 * 8500 / 10000 = −1033.6 → −1033
    expect(netOfCommission(-1_216n, 1_500n)).toBe(-1_033n);
  });

  it("throws RangeError on a commission outside 0..10000", () => {
    expect(() => netOfCommission(100n, -1n)).toThrow(RangeError);
    expect(() => netOfCommission(100n, 10_001n)).toThrow(RangeError);
  });
});

describe("yieldBySource", () => {
  it("splits exact shares exactly", () => {
    // 3/4 = 7500, 1/4 = 2500
    expect(yieldBySource({ rewards: 3n, fees: 1n })).toEqual({ rewards: 7_500n, fees: 2_500n });
  });

  it("gives the bps lost to flooring to the largest remainders", () => {
    // total 7: a = 10000/7 = 1428 r 4, b = 20000/7 = 2857 r 1, c = 40000/7 = 5714 r 2.
    // Floors sum to 9999; the 1 bps left goes to a (remainder 4), though a is the smallest source.
    expect(yieldBySource({ a: 1n, b: 2n, c: 4n })).toEqual({ a: 1_429n, b: 2_857n, c: 5_714n });
    // total 3: rewards = 20000/3 = 6666 r 2, fees = 10000/3 = 3333 r 1; the 1 left goes to rewards.
    expect(yieldBySource({ rewards: 2n, fees: 1n })).toEqual({ rewards: 6_667n, fees: 3_333n });
  });

  it("breaks remainder ties by source name, whatever the key order", () => {
    // three equal sources: 3333 r 1 each, 1 bps left, goes to "a"
    const expected = { a: 3_334n, b: 3_333n, c: 3_333n };
    expect(yieldBySource({ a: 1n, b: 1n, c: 1n })).toEqual(expected);
    expect(yieldBySource({ c: 1n, b: 1n, a: 1n })).toEqual(expected);
  });

  it("gives everything to a lone source and nothing to empty ones", () => {
    expect(yieldBySource({ fees: 7n, rewards: 0n })).toEqual({ fees: 10_000n, rewards: 0n });
  });

  it("is all zeros when the total is zero, and empty for no sources", () => {
    expect(yieldBySource({ fees: 0n, rewards: 0n })).toEqual({ fees: 0n, rewards: 0n });
    expect(yieldBySource({})).toEqual({});
  });

  it("throws RangeError on a negative amount", () => {
    expect(() => yieldBySource({ fees: -1n, rewards: 2n })).toThrow(RangeError);
  });

  it("sums to exactly 10000 and stays within 1 bps of each true share over random splits", () => {
    const random = seededRandom(17n);
    for (let i = 0; i < 300; i++) {
      const count = Number(random(6n)) + 1;
      const amounts = Object.fromEntries(Array.from({ length: count }, (_, j) => [`s${j}`, random(10n ** 24n)]));
      const total = Object.values(amounts).reduce((sum, amount) => sum + amount, 0n);
      if (total === 0n) continue;
      const shares = yieldBySource(amounts);
      expect(Object.values(shares).reduce((sum, share) => sum + share, 0n)).toBe(10_000n);
      for (const [source, amount] of Object.entries(amounts)) {
        const floor = (amount * 10_000n) / total;
        expect(shares[source] === floor || shares[source] === floor + 1n).toBe(true);
      }
    }
  });
});

describe("grossFromNet", () => {
  it("adds the commission back: 900 bps net with 10 % kept as commission is 1,000 bps gross", () => {
    expect(grossFromNet(900n, 1_000n, 900n)).toBe(1_000n);
  });

  it("is the net yield when nothing reached stakers", () => {
    expect(grossFromNet(-450n, 0n, 0n)).toBe(-450n);
  });
});
