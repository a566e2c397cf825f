import { mulDiv } from "./fixed-point";

/** `ProverVault._decimalsOffset()`: shares carry 21 decimals against the asset's 18, which blunts donation attacks. */
export const VAULT_DECIMALS_OFFSET = 3;

/**
 * The share quantity the dashboard prices, `convertToAssets(1e18)` on chain.
 * Because of the offset this is 0.001 of a whole 21-decimal share, so it is worth about 1e15 wei, not 1e18,
 * in a vault that has neither gained nor lost.
 */
export const SHARE_UNIT = 10n ** 18n;

/** The virtual shares OpenZeppelin adds to the supply (`10 ** offset`); the virtual asset is always 1 wei. */
const VIRTUAL_SHARES = 10n ** BigInt(VAULT_DECIMALS_OFFSET);

/**
 * Assets a holder would get for `shares`, floor-rounded exactly as OpenZeppelin 5's
 * `_convertToAssets(shares, Math.Rounding.Floor)`, so the value shown matches what the contract reports.
 */
export function convertToAssets(shares: bigint, totalAssets: bigint, totalSupply: bigint): bigint {
  return mulDiv(shares, totalAssets + 1n, totalSupply + VIRTUAL_SHARES);
}

/**
 * Shares to burn to receive at least `assets`, ceil-rounded as OpenZeppelin 5's `previewWithdraw`:
 * an unstake "by amount" then never pays out less than the amount the person typed.
 */
export function sharesForAssets(assets: bigint, totalAssets: bigint, totalSupply: bigint): bigint {
  const numerator = assets * (totalSupply + VIRTUAL_SHARES);
  const denominator = totalAssets + 1n;
  return (numerator + denominator - 1n) / denominator;
}

/** Assets per `SHARE_UNIT`, bit-for-bit what `vault.convertToAssets(1e18)` returns, so prices can be compared over time. */
export function sharePrice(totalAssets: bigint, totalSupply: bigint): bigint {
  return convertToAssets(SHARE_UNIT, totalAssets, totalSupply);
}
