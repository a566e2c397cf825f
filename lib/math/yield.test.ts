import { describe, expect, it } from "vitest";
import type { ApyVault } from "../provers/apy-rule";
import { seededRandom } from "./seeded-random";
import { annualizedYieldBps, grossFromNet, rewardAprBps, SECONDS_PER_YEAR } from "./yield";

const DAY = 24n * 60n * 60n;
const PRICE = 1_000_000_000_000_000n; // any price: a yield depends only on the ratio of two

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

describe("grossFromNet", () => {
  it("adds the commission back: 900 bps net with 10 % kept as commission is 1,000 bps gross", () => {
    expect(grossFromNet(900n, 1_000n, 900n)).toBe(1_000n);
  });

  it("is the net yield when nothing reached stakers", () => {
    expect(grossFromNet(-450n, 0n, 0n)).toBe(-450n);
  });
});

describe("rewardAprBps", () => {
  const TOKEN = 10n ** 18n;
  const STAKE = 1_000_000n * TOKEN;
  const WINDOW = 30n * DAY;
  const vault: ApyVault = {
    retired: false,
    totalAssets: STAKE,
    heldInWindow: [STAKE],
    assetDecimals: 18,
    age: 40n * DAY,
  };

  it("annualises a window's rewards over its average stake", () => {
    // 1% of the stake in 30 days: 100 bps × 365 / 30 = 1216.66… → 1216
    expect(rewardAprBps(STAKE / 100n, STAKE, 30, vault, WINDOW)).toEqual({ bps: 1_216n });
    // 10% over a whole year is 10%
    expect(rewardAprBps(STAKE / 10n, STAKE, 365, { ...vault, age: 400n * DAY }, 365n * DAY)).toEqual({ bps: 1_000n });
    expect(rewardAprBps(0n, STAKE, 30, vault, WINDOW)).toEqual({ bps: 0n });
  });

  it("withholds, with the APY rule's reason, the rate of a tiny, young, empty or retired vault", () => {
    // The seeded devnet's 8,000-token vaults read four-digit rates: no rate, "small".
    const tiny = 8_000n * TOKEN;
    const small = { ...vault, totalAssets: tiny, heldInWindow: [tiny] };
    expect(rewardAprBps(tiny / 10n, tiny, 30, small, WINDOW)).toEqual({ withheld: "small" });
    // Large now, but tiny for part of the window.
    expect(rewardAprBps(STAKE / 100n, STAKE, 30, { ...vault, heldInWindow: [tiny] }, WINDOW)).toEqual({
      withheld: "small",
    });
    expect(rewardAprBps(STAKE / 100n, STAKE, 10, { ...vault, age: 10n * DAY }, WINDOW)).toEqual({ withheld: "young" });
    expect(rewardAprBps(0n, 0n, 30, { ...vault, totalAssets: 0n }, WINDOW)).toEqual({ withheld: "empty" });
    expect(rewardAprBps(STAKE / 100n, STAKE, 30, { ...vault, retired: true }, WINDOW)).toEqual({
      withheld: "retired",
    });
    // Nothing staked on any day of the window leaves nothing to divide by.
    expect(rewardAprBps(1n, 0n, 0, vault, WINDOW)).toEqual({ withheld: "empty" });
  });

  it("throws RangeError on a negative amount", () => {
    expect(() => rewardAprBps(-1n, STAKE, 30, vault, WINDOW)).toThrow(RangeError);
    expect(() => rewardAprBps(1n, -1n, 30, vault, WINDOW)).toThrow(RangeError);
  });
});
