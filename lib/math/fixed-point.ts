/** 100% in basis points; the unit every share, yield and commission in this module is expressed in. */
export const BPS = 10_000n;

/**
 * `a * b / denominator` rounded down, the same rounding the contracts use for amounts paid out,
 * so a figure computed here never promises more than the chain will hand over.
 * Negative inputs are rejected rather than rounded, because floor and truncation disagree on them
 * and every caller deals in balances that cannot be negative.
 */
export function mulDiv(a: bigint, b: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("mulDiv: denominator is zero");
  if (a < 0n || b < 0n || denominator < 0n) throw new RangeError("mulDiv: inputs must not be negative");
  return (a * b) / denominator;
}
