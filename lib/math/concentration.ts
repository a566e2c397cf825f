import { BPS, mulDiv } from "./fixed-point";

/**
 * Above a third of all stake a single prover could stall a BFT-style quorum on its own, so a
 * stake that would carry a prover past this line gets a notice pointing to smaller provers.
 */
export const CONCENTRATION_THRESHOLD_BPS = 3_300n;

/** `part / whole` in bps, floored; 0 when there is nothing at all. */
export function shareBps(part: bigint, whole: bigint): bigint {
  if (part < 0n || whole < 0n) throw new RangeError("shareBps: amounts must not be negative");
  if (part > whole) throw new RangeError("shareBps: the part cannot exceed the whole");
  return whole === 0n ? 0n : mulDiv(part, BPS, whole);
}

export type Concentration = {
  /** The prover's share of all stake once `amount` is added to both, floored bps. */
  shareBps: bigint;
  /** Strictly above the threshold, compared exactly (not on the floored share). */
  exceeds: boolean;
};

/**
 * What share of the network's stake a prover would hold after someone stakes `amount` with it:
 * `(proverStake + amount) / (networkStake + amount)`. `networkStake` includes `proverStake`.
 */
export function concentrationAfterStake({
  proverStake,
  networkStake,
  amount,
  thresholdBps = CONCENTRATION_THRESHOLD_BPS,
}: {
  proverStake: bigint;
  networkStake: bigint;
  amount: bigint;
  thresholdBps?: bigint;
}): Concentration {
  if (amount < 0n) throw new RangeError("concentrationAfterStake: amount must not be negative");
  const part = proverStake + amount;
  const whole = networkStake + amount;
  return { shareBps: shareBps(part, whole), exceeds: whole > 0n && part * BPS > whole * thresholdBps };
}
