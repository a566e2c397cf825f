import { shareBps } from "./concentration";
import { BPS, mulDiv } from "./fixed-point";

/** Every metric below assumes a distribution of holdings; a negative stake means the input is wrong, not small. */
function assertStakes(stakes: readonly bigint[]): void {
  if (stakes.some((stake) => stake < 0n)) throw new RangeError("stakes must not be negative");
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((total, value) => total + value, 0n);
}

function sortDescending(stakes: readonly bigint[]): bigint[] {
  return [...stakes].sort((a, b) => (a === b ? 0 : a > b ? -1 : 1));
}

/**
 * Smallest number of the largest provers whose combined stake is strictly more than `thresholdBps` of the total:
 * how many would have to collude to cross that line (5000 for a majority, 3333 for a BFT third). The comparison is
 * `combined * 10000 > total * threshold`, exact in bigint so a holder sitting right on the line is not counted as
 * crossing it. 0 when there is no stake, since no coalition is needed to control nothing.
 */
export function nakamotoCoefficient(stakes: readonly bigint[], thresholdBps: bigint): number {
  assertStakes(stakes);
  const total = sum(stakes);
  return nakamotoFromPrefixes(total, countNotCrossing(sortDescending(stakes), total, thresholdBps), thresholdBps);
}

/** The two lines the dashboard reports the Nakamoto coefficient at: a BFT third and a majority. */
export const NAKAMOTO_LINES = { nakamoto33: 3_333n, nakamoto50: 5_000n } as const;

/**
 * How many of the largest holders' running totals (`descending`, largest first) stay at or
 * below the line, i.e. `combined * 10000 > total * threshold` does not yet hold.
 */
function countNotCrossing(descending: readonly bigint[], total: bigint, thresholdBps: bigint): number {
  let combined = 0n;
  let count = 0;
  for (const stake of descending) {
    combined += stake;
    if (combined * BPS > total * thresholdBps) break;
    count += 1;
  }
  return count;
}

/**
 * The Nakamoto coefficient from how many of the largest holders' running totals (largest first)
 * stay at or below the line: one more holder crosses it. A database counts those running totals
 * with a window sum, so a request need not read every vault.
 */
export function nakamotoFromPrefixes(total: bigint, notCrossing: number, thresholdBps: bigint): number {
  if (thresholdBps < 0n || thresholdBps >= BPS) {
    throw new RangeError("nakamotoCoefficient: threshold must be 0..9999 bps");
  }
  return total === 0n ? 0 : notCrossing + 1;
}

/**
 * Herfindahl–Hirschman index in bps, `Σ sᵢ² · 10000 / total²` floored: 10000 for a single holder, 10000 / n for n
 * equal ones. Squaring weights large holders heavily, which is the concentration risk the index exists to show.
 */
export function hhi(stakes: readonly bigint[]): bigint {
  assertStakes(stakes);
  return hhiFromSums(sum(stakes), sum(stakes.map((stake) => stake * stake)));
}

/** The HHI from Σ sᵢ and Σ sᵢ², sums a database computes without sending the stakes. */
export function hhiFromSums(total: bigint, sumOfSquares: bigint): bigint {
  return total === 0n ? 0n : mulDiv(sumOfSquares, BPS, total * total);
}

/**
 * Gini coefficient in bps, floored: 0 when everyone holds the same, (n − 1) / n when one of n holds everything.
 * Uses the sorted-values form `G = 2 Σ i·xᵢ / (n Σ xᵢ) − (n + 1) / n` (xᵢ ascending, i from 1) over one common
 * denominator, `(2 Σ i·xᵢ − (n + 1) Σ xᵢ) / (n Σ xᵢ)`, so the whole computation stays in exact bigint.
 */
export function gini(stakes: readonly bigint[]): bigint {
  assertStakes(stakes);
  const ascending = sortDescending(stakes).reverse();
  const rankWeighted = sum(ascending.map((stake, index) => BigInt(index + 1) * stake));
  return giniFromSums(BigInt(stakes.length), sum(stakes), rankWeighted);
}

/** The Gini from n, Σ xᵢ and Σ i·xᵢ (xᵢ ascending, i from 1): a database's rank-weighted sum. */
export function giniFromSums(count: bigint, total: bigint, rankWeighted: bigint): bigint {
  return total === 0n ? 0n : mulDiv(2n * rankWeighted - (count + 1n) * total, BPS, count * total);
}

/** Share of the total held by the `n` largest provers, in bps floored; `n` past the list length means everyone. */
export function topShareBps(stakes: readonly bigint[], n: number): bigint {
  assertStakes(stakes);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError("topShareBps: n must be a non-negative integer");
  return shareBps(sum(sortDescending(stakes).slice(0, n)), sum(stakes));
}

/** The middle stake (the floored mean of the two middle ones for an even count); 0 for none. */
export function medianStake(stakes: readonly bigint[]): bigint {
  assertStakes(stakes);
  const ascending = sortDescending(stakes).reverse();
  if (ascending.length === 0) return 0n;
  const middle = Math.floor(ascending.length / 2);
  const upper = ascending[middle] as bigint;
  return ascending.length % 2 === 1 ? upper : ((ascending[middle - 1] as bigint) + upper) / 2n;
}

/** Every concentration figure of one distribution. */
export type Concentration = {
  total: bigint;
  nakamoto33: number;
  nakamoto50: number;
  hhiBps: bigint;
  giniBps: bigint;
  top3Bps: bigint;
};

/**
 * The figures above from one sort of `stakes`, equal to calling each function: a history of
 * a thousand provers a day for ninety days is ninety of these.
 */
export function concentration(stakes: readonly bigint[]): Concentration {
  assertStakes(stakes);
  const descending = sortDescending(stakes);
  const n = descending.length;
  let total = 0n;
  let sumOfSquares = 0n;
  let rankWeighted = 0n;
  let top3 = 0n;
  descending.forEach((stake, index) => {
    total += stake;
    sumOfSquares += stake * stake;
    rankWeighted += BigInt(n - index) * stake;
    if (index < 3) top3 += stake;
  });
  const nakamoto = (thresholdBps: bigint) =>
    nakamotoFromPrefixes(total, countNotCrossing(descending, total, thresholdBps), thresholdBps);
  return {
    total,
    nakamoto33: nakamoto(NAKAMOTO_LINES.nakamoto33),
    nakamoto50: nakamoto(NAKAMOTO_LINES.nakamoto50),
    hhiBps: hhiFromSums(total, sumOfSquares),
    giniBps: giniFromSums(BigInt(n), total, rankWeighted),
    top3Bps: shareBps(top3, total),
  };
}
