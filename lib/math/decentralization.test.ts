import { describe, expect, it } from "vitest";
import { shareBps } from "./concentration";
import {
  concentration,
  gini,
  giniFromSums,
  hhi,
  hhiFromSums,
  medianStake,
  nakamotoCoefficient,
  nakamotoFromPrefixes,
  topShareBps,
} from "./decentralization";
import { seededRandom } from "./seeded-random";

const TOKEN = 10n ** 18n;
const SPREAD = [40n, 30n, 20n, 10n]; // total 100, so each stake is its own percentage

function randomStakes(random: (limit: bigint) => bigint): bigint[] {
  const count = Number(random(12n)) + 1;
  return Array.from({ length: count }, () => random(10_000_000n * TOKEN));
}

describe("nakamotoCoefficient", () => {
  it("counts the largest holders needed to pass the threshold", () => {
    // 50%: 40 is not > 50; 40 + 30 = 70 is → 2
    expect(nakamotoCoefficient(SPREAD, 5_000n)).toBe(2);
    // 33.33%: 40 * 10000 = 400000 > 100 * 3333 = 333300 → 1
    expect(nakamotoCoefficient(SPREAD, 3_333n)).toBe(1);
    // 75%: 40 + 30 = 70 no, + 20 = 90 yes → 3
    expect(nakamotoCoefficient(SPREAD, 7_500n)).toBe(3);
  });

  it("does not depend on input order", () => {
    expect(nakamotoCoefficient([10n, 40n, 20n, 30n], 5_000n)).toBe(2);
  });

  it("needs strictly more than the threshold", () => {
    // [50, 50] at 50%: 50 * 10000 = 500000 is not > 100 * 5000 = 500000 → both needed
    expect(nakamotoCoefficient([50n, 50n], 5_000n)).toBe(2);
    // [1, 1, 1] at 3333: 10000 > 3 * 3333 = 9999 → 1; at 3334: 10000 > 10002 fails → 2
    expect(nakamotoCoefficient([1n, 1n, 1n], 3_333n)).toBe(1);
    expect(nakamotoCoefficient([1n, 1n, 1n], 3_334n)).toBe(2);
  });

  it("is 1 for a single holder and 0 without stake", () => {
    expect(nakamotoCoefficient([5n * TOKEN], 5_000n)).toBe(1);
    expect(nakamotoCoefficient([], 5_000n)).toBe(0);
    expect(nakamotoCoefficient([0n, 0n], 5_000n)).toBe(0);
  });

  it("needs one more than half of n equal holders at 50%", () => {
    // 10 equal: 5 hold exactly 50%, not more → 6
    expect(nakamotoCoefficient(Array(10).fill(TOKEN), 5_000n)).toBe(6);
  });

  it("throws RangeError on a threshold outside 0..9999 or a negative stake", () => {
    expect(() => nakamotoCoefficient(SPREAD, -1n)).toThrow(RangeError);
    expect(() => nakamotoCoefficient(SPREAD, 10_000n)).toThrow(RangeError);
    expect(() => nakamotoCoefficient([-1n, 2n], 5_000n)).toThrow(RangeError);
  });

  it("never needs fewer holders for a higher threshold", () => {
    const random = seededRandom(31n);
    for (let i = 0; i < 300; i++) {
      const stakes = randomStakes(random);
      expect(nakamotoCoefficient(stakes, 5_000n)).toBeGreaterThanOrEqual(nakamotoCoefficient(stakes, 3_333n));
      expect(nakamotoCoefficient(stakes, 6_667n)).toBeGreaterThanOrEqual(nakamotoCoefficient(stakes, 5_000n));
    }
  });
});

describe("hhi", () => {
  it("sums squared shares in bps", () => {
    // 0.4² + 0.3² + 0.2² + 0.1² = 0.16 + 0.09 + 0.04 + 0.01 = 0.30 → 3000
    expect(hhi(SPREAD)).toBe(3_000n);
    // (1² + 2²) / 3² = 5/9 = 0.5555… → 5555
    expect(hhi([1n, 2n])).toBe(5_555n);
  });

  it("is 10000 for one holder and 10000/n floored for n equal ones", () => {
    expect(hhi([7n * TOKEN])).toBe(10_000n);
    // 3 * (1/3)² = 1/3 → 3333
    expect(hhi([TOKEN, TOKEN, TOKEN])).toBe(3_333n);
    expect(hhi(Array(4).fill(TOKEN))).toBe(2_500n);
  });

  it("is 0 without stake and ignores zero holders", () => {
    expect(hhi([])).toBe(0n);
    expect(hhi([0n, 0n])).toBe(0n);
    expect(hhi([5n, 0n])).toBe(10_000n);
  });

  it("throws RangeError on a negative stake", () => {
    expect(() => hhi([-1n])).toThrow(RangeError);
  });

  it("stays within [10000/n, 10000] and is unchanged by scaling", () => {
    const random = seededRandom(37n);
    for (let i = 0; i < 300; i++) {
      const stakes = randomStakes(random);
      if (stakes.every((stake) => stake === 0n)) continue;
      const index = hhi(stakes);
      expect(index >= 10_000n / BigInt(stakes.length)).toBe(true);
      expect(index <= 10_000n).toBe(true);
      expect(hhi(stakes.map((stake) => stake * 1_000n))).toBe(index);
    }
  });
});

describe("gini", () => {
  it("matches the sorted-values formula", () => {
    // [1, 2, 3, 4]: Σx = 10, Σ i·x = 1 + 4 + 9 + 16 = 30, n = 4:
    // (2·30 − 5·10) / (4·10) = 10 / 40 = 0.25 → 2500
    // (cross-check by mean difference: Σ|xi − xj| = 2·(1+2+3+1+2+1) = 20, / (2·n²·μ) = 20 / 80 = 0.25)
    expect(gini([1n, 2n, 3n, 4n])).toBe(2_500n);
    // [1, 2]: Σ i·x = 1 + 4 = 5, Σx = 3: (10 − 9) / 6 = 0.1666… → 1666
    expect(gini([1n, 2n])).toBe(1_666n);
  });

  it("does not depend on input order or scale", () => {
    expect(gini([4n, 1n, 3n, 2n])).toBe(2_500n);
    expect(gini(SPREAD)).toBe(2_500n);
  });

  it("is (n − 1)/n when one holder has everything", () => {
    // [0, 0, 0, 10]: Σ i·x = 40, (80 − 50) / 40 = 0.75 → 7500
    expect(gini([0n, 0n, 0n, 10n * TOKEN])).toBe(7_500n);
    // 100 holders, one with all: 99/100 → 9900
    expect(gini([...Array(99).fill(0n), TOKEN])).toBe(9_900n);
  });

  it("is 0 for equal holders, a single holder, and no stake", () => {
    expect(gini(Array(7).fill(3n * TOKEN))).toBe(0n);
    expect(gini([5n])).toBe(0n);
    expect(gini([])).toBe(0n);
    expect(gini([0n, 0n])).toBe(0n);
  });

  it("throws RangeError on a negative stake", () => {
    expect(() => gini([1n, -1n])).toThrow(RangeError);
  });

  it("stays within [0, 10000·(n−1)/n], is 0 for any equal list, and is unchanged by scaling", () => {
    const random = seededRandom(41n);
    for (let i = 0; i < 300; i++) {
      const stakes = randomStakes(random);
      const g = gini(stakes);
      const n = BigInt(stakes.length);
      expect(g >= 0n).toBe(true);
      expect(g <= (10_000n * (n - 1n)) / n).toBe(true);
      expect(gini(stakes.map((stake) => stake * 997n))).toBe(g);
      expect(gini(Array(stakes.length).fill(stakes[0]))).toBe(0n);
    }
  });
});

describe("topShareBps", () => {
  it("is the share of the n largest", () => {
    expect(topShareBps(SPREAD, 1)).toBe(4_000n);
    expect(topShareBps([10n, 40n, 20n, 30n], 2)).toBe(7_000n);
    // 1 of 3 equal: 1/3 → 3333
    expect(topShareBps([1n, 1n, 1n], 1)).toBe(3_333n);
  });

  it("is 0 for n = 0 or no stake, and 10000 once n covers everyone", () => {
    expect(topShareBps(SPREAD, 0)).toBe(0n);
    expect(topShareBps([], 3)).toBe(0n);
    expect(topShareBps([0n, 0n], 1)).toBe(0n);
    expect(topShareBps(SPREAD, 4)).toBe(10_000n);
    expect(topShareBps(SPREAD, 10)).toBe(10_000n);
  });

  it("throws RangeError on a bad n or a negative stake", () => {
    expect(() => topShareBps(SPREAD, -1)).toThrow(RangeError);
    expect(() => topShareBps(SPREAD, 1.5)).toThrow(RangeError);
    expect(() => topShareBps([-1n], 1)).toThrow(RangeError);
  });

  it("never falls as n grows and agrees with the Nakamoto coefficient", () => {
    const random = seededRandom(43n);
    for (let i = 0; i < 300; i++) {
      const stakes = randomStakes(random);
      let previous = 0n;
      for (let n = 0; n <= stakes.length; n++) {
        const share = topShareBps(stakes, n);
        expect(share >= previous).toBe(true);
        previous = share;
      }
      const k = nakamotoCoefficient(stakes, 5_000n);
      // topShareBps floors, so "more than half" shows as ≥ 5000 for the k largest and ≤ 5000 for one fewer.
      if (k > 0) {
        expect(topShareBps(stakes, k) >= 5_000n).toBe(true);
        expect(topShareBps(stakes, k - 1) <= 5_000n).toBe(true);
      }
    }
  });
});

describe("medianStake", () => {
  it("is the middle stake, or the floored mean of the two middle ones", () => {
    expect(medianStake([])).toBe(0n);
    expect(medianStake([5n])).toBe(5n);
    // sorted 1, 3, 9: the middle is 3
    expect(medianStake([9n, 1n, 3n])).toBe(3n);
    // sorted 1, 2, 4, 9: (2 + 4) / 2 = 3
    expect(medianStake([4n, 9n, 1n, 2n])).toBe(3n);
    // (2 + 3) / 2 = 2.5, floored
    expect(medianStake([3n, 2n])).toBe(2n);
  });

  it("throws RangeError on a negative stake", () => {
    expect(() => medianStake([1n, -1n])).toThrow(RangeError);
  });
});

describe("the figures from a database's sums", () => {
  // What the overview's SQL computes: n, Σ x, Σ x², Σ rank·x ascending, the top 3's sum and how many
  // running totals (largest first) stay at or below each line.
  function sums(stakes: bigint[]) {
    const descending = [...stakes].sort((a, b) => (a === b ? 0 : a > b ? -1 : 1));
    const total = stakes.reduce((sum, stake) => sum + stake, 0n);
    let running = 0n;
    const runningTotals = descending.map((stake) => {
      running += stake;
      return running;
    });
    const notCrossing = (bps: bigint) => runningTotals.filter((value) => value * 10_000n <= total * bps).length;
    return {
      count: BigInt(stakes.length),
      total,
      squares: stakes.reduce((sum, stake) => sum + stake * stake, 0n),
      rankWeighted: [...descending].reverse().reduce((sum, stake, index) => sum + BigInt(index + 1) * stake, 0n),
      top3: descending.slice(0, 3).reduce((sum, stake) => sum + stake, 0n),
      below33: notCrossing(3_333n),
      below50: notCrossing(5_000n),
    };
  }

  it("equal the figures from every stake, ties, zeros and no stake included", () => {
    const random = seededRandom(47n);
    const cases = [[], [0n, 0n], [50n, 50n], [1n, 1n, 1n], [0n, 7n, 7n, 0n], SPREAD];
    for (let round = 0; round < 200; round++) cases.push(randomStakes(random));
    for (const stakes of cases) {
      const aggregate = sums(stakes);
      expect([
        nakamotoFromPrefixes(aggregate.total, aggregate.below33, 3_333n),
        nakamotoFromPrefixes(aggregate.total, aggregate.below50, 5_000n),
        hhiFromSums(aggregate.total, aggregate.squares),
        giniFromSums(aggregate.count, aggregate.total, aggregate.rankWeighted),
        shareBps(aggregate.top3, aggregate.total),
      ]).toEqual([
        nakamotoCoefficient(stakes, 3_333n),
        nakamotoCoefficient(stakes, 5_000n),
        hhi(stakes),
        gini(stakes),
        topShareBps(stakes, 3),
      ]);
    }
  });
});

describe("concentration", () => {
  it("equals each figure computed on its own, ties, zeros and no stake included", () => {
    const random = seededRandom(53n);
    const cases = [[], [0n, 0n], [50n, 50n], [1n, 1n, 1n], [0n, 7n, 7n, 0n], SPREAD];
    for (let round = 0; round < 200; round++) cases.push(randomStakes(random));
    for (const stakes of cases) {
      expect(concentration(stakes)).toEqual({
        total: stakes.reduce((sum, stake) => sum + stake, 0n),
        nakamoto33: nakamotoCoefficient(stakes, 3_333n),
        nakamoto50: nakamotoCoefficient(stakes, 5_000n),
        hhiBps: hhi(stakes),
        giniBps: gini(stakes),
        top3Bps: topShareBps(stakes, 3),
      });
    }
  });

  it("throws RangeError on a negative stake", () => {
    expect(() => concentration([-1n, 2n])).toThrow(RangeError);
  });
});
