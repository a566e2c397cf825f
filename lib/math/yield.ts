import { type ApyVault, type ApyWithheld, apyWithheld } from "../provers/apy-rule";
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
 * Rewards reach stakers after commission, so the share price shows the net yield; scaled by
 * what the sources paid over what reached stakers, it is the yield before commission.
 */
export function grossFromNet(netBps: bigint, paid: bigint, toStakers: bigint): bigint {
  return toStakers > 0n ? (netBps * paid) / toStakers : netBps;
}

export type RewardApr = { bps: bigint } | { withheld: ApyWithheld };

/**
 * The one APR of rewards over stake: what a window paid, annualised over the days of stake and
 * divided by the stake it was paid on (its average over the same days), simple and floored.
 * Withheld by the APY rule (lib/provers/apy-rule.ts) for `vault` over the window of
 * `windowSeconds`, as every rate a person sees is.
 */
export function rewardAprBps(
  earned: bigint,
  averageStake: bigint,
  days: number,
  vault: ApyVault,
  windowSeconds: bigint,
): RewardApr {
  if (earned < 0n || averageStake < 0n) throw new RangeError("rewardAprBps: amounts must not be negative");
  const withheld = apyWithheld(vault, windowSeconds);
  if (withheld) return { withheld };
  if (days <= 0 || averageStake === 0n) return { withheld: "empty" };
  return { bps: (earned * BPS * 365n) / (averageStake * BigInt(days)) };
}
