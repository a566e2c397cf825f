/** One whole unit at 18 decimals; ratios are carried as bigints scaled by this so no precision is lost before display. */
export const WAD = 10n ** 18n;

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

/** `numerator / denominator` as a WAD, for ratios that need more resolution than basis points give. */
export function ratioWad(numerator: bigint, denominator: bigint): bigint {
  return mulDiv(numerator, WAD, denominator);
}

/**
 * A WAD as a JavaScript number, for charts and labels only: a double keeps about 15–16 significant digits,
 * so the result is lossy and must never flow back into an amount.
 * The integer and fraction parts are converted separately so large values keep their fractional digits.
 */
export function wadToNumber(x: bigint): number {
  return Number(x / WAD) + Number(x % WAD) / Number(WAD);
}

/** Basis points as a percentage number (1234n → 12.34), for display; lossy in the same way as `wadToNumber`. */
export function bpsToPercent(bps: bigint): number {
  return Number(bps) / 100;
}
