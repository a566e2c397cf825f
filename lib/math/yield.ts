import { BPS } from "./fixed-point";

/** A 365-day year: APRs are quoted against it, and leap days are not worth a different number on a dashboard. */
export const SECONDS_PER_YEAR = 365n * 24n * 60n * 60n;

/**
 * Simple (non-compounded) APR implied by the share price moving from `startPrice` to `endPrice` over `seconds`.
 * Share price already nets out slashes, so the result is negative after a loss. Bigint division truncates toward
 * zero, so neither a gain nor a loss is overstated. Null when the window is empty or the start price is zero,
 * where no rate exists rather than an infinite or zero one.
 */
export function annualizedYieldBps(startPrice: bigint, endPrice: bigint, seconds: bigint): bigint | null {
  if (startPrice < 0n || endPrice < 0n) throw new RangeError("annualizedYieldBps: prices must not be negative");
  if (seconds <= 0n || startPrice === 0n) return null;
  return ((endPrice - startPrice) * BPS * SECONDS_PER_YEAR) / (startPrice * seconds);
}

/**
 * What a delegator keeps after the prover's commission. Truncates toward zero so a gain is never overstated.
 * A negative gross (after a slash) is scaled by the same factor, so gains and losses go through one formula.
 */
export function netOfCommission(grossBps: bigint, commissionBps: bigint): bigint {
  if (commissionBps < 0n || commissionBps > BPS) {
    throw new RangeError("netOfCommission: commission must be 0..10000 bps");
  }
  return (grossBps * (BPS - commissionBps)) / BPS;
}

type SourceShare = { source: string; bps: bigint; remainder: bigint };

/** Larger remainder first; equal remainders go to the source name that sorts first, so the result never depends on key order. */
function byRemainderThenName(a: SourceShare, b: SourceShare): number {
  if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
  if (a.source === b.source) return 0;
  return a.source < b.source ? -1 : 1;
}

/**
 * Each source's share of the total in bps, by the largest-remainder method: every share is floored, then the bps
 * lost to flooring are handed out one each to the sources with the largest remainders. A breakdown that adds up
 * to exactly 10000 looks right in a legend, which independently floored shares do not. All shares are 0 when the
 * total is 0, since there is nothing to divide.
 */
export function yieldBySource(amountsBySource: Record<string, bigint>): Record<string, bigint> {
  const entries = Object.entries(amountsBySource);
  if (entries.some(([, amount]) => amount < 0n)) throw new RangeError("yieldBySource: amounts must not be negative");
  const total = entries.reduce((sum, [, amount]) => sum + amount, 0n);
  if (total === 0n) return Object.fromEntries(entries.map(([source]) => [source, 0n]));

  const shares: SourceShare[] = entries.map(([source, amount]) => ({
    source,
    bps: (amount * BPS) / total,
    remainder: (amount * BPS) % total,
  }));
  let leftover = BPS - shares.reduce((sum, share) => sum + share.bps, 0n);
  for (const share of [...shares].sort(byRemainderThenName)) {
    if (leftover === 0n) break;
    share.bps += 1n;
    leftover -= 1n;
  }
  return Object.fromEntries(shares.map((share) => [share.source, share.bps]));
}

/**
 * Rewards reach stakers after commission, so the share price shows the net yield; scaled by
 * what the sources paid over what reached stakers, it is the yield before commission.
 */
export function grossFromNet(netBps: bigint, paid: bigint, toStakers: bigint): bigint {
  return toStakers > 0n ? (netBps * paid) / toStakers : netBps;
}
