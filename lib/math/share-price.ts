import { mulDiv } from "./fixed-point";

/**
 * How a vault counts its shares, from two reads (`vault.decimals()` and the asset's `decimals()`;
 * lib/chain/share-units.ts). OpenZeppelin's ERC-4626 gives shares the asset's decimals plus a
 * decimals offset, and values them against `10 ** offset` virtual shares and one virtual wei of
 * assets. ProverNet's vaults on Base: 18-decimal shares, no offset.
 */
export type ShareUnits = { shareDecimals: number; decimalsOffset: number };

/** Validates what the chain said, so a vault that breaks OpenZeppelin's rule fails here, in words. */
export function shareUnits(shareDecimals: number, assetDecimals: number): ShareUnits {
  for (const [name, value] of [
    ["share decimals", shareDecimals],
    ["asset decimals", assetDecimals],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0 || value > 255) {
      throw new RangeError(`shareUnits: ${name} must be an integer from 0 to 255, not ${value}`);
    }
  }
  if (shareDecimals < assetDecimals) {
    throw new RangeError(
      `shareUnits: a vault's shares (${shareDecimals} decimals) cannot have fewer decimals than its asset (${assetDecimals})`,
    );
  }
  return { shareDecimals, decimalsOffset: shareDecimals - assetDecimals };
}

/** The decimals of the vault's asset (BREV), which amounts of it are parsed and shown with. */
export function assetDecimals(units: ShareUnits): number {
  return units.shareDecimals - units.decimalsOffset;
}

/** One whole share in its smallest units: what a share price is quoted per. */
export function oneShare(units: ShareUnits): bigint {
  return 10n ** BigInt(units.shareDecimals);
}

/** The virtual shares OpenZeppelin adds to the supply (`10 ** offset`); the virtual asset is always 1 wei. */
function virtualShares(units: ShareUnits): bigint {
  return 10n ** BigInt(units.decimalsOffset);
}

/**
 * Assets a holder would get for `shares`, floor-rounded exactly as OpenZeppelin 5's
 * `_convertToAssets(shares, Math.Rounding.Floor)`, so the value shown matches what the contract reports.
 */
export function convertToAssets(shares: bigint, totalAssets: bigint, totalSupply: bigint, units: ShareUnits): bigint {
  return mulDiv(shares, totalAssets + 1n, totalSupply + virtualShares(units));
}

/**
 * Shares a deposit of `assets` mints, floor-rounded as OpenZeppelin 5's `previewDeposit`
 * (`_convertToShares(assets, Math.Rounding.Floor)`) on the vault's totals before the deposit.
 */
export function convertToShares(assets: bigint, totalAssets: bigint, totalSupply: bigint, units: ShareUnits): bigint {
  return mulDiv(assets, totalSupply + virtualShares(units), totalAssets + 1n);
}

/**
 * Shares to burn to receive at least `assets`, ceil-rounded as OpenZeppelin 5's `previewWithdraw`:
 * an unstake "by amount" then never pays out less than the amount the person typed.
 */
export function sharesForAssets(assets: bigint, totalAssets: bigint, totalSupply: bigint, units: ShareUnits): bigint {
  if (assets < 0n) throw new RangeError("sharesForAssets: assets must not be negative");
  const numerator = assets * (totalSupply + virtualShares(units));
  const denominator = totalAssets + 1n;
  return (numerator + denominator - 1n) / denominator;
}

/** Assets per whole share, bit-for-bit `vault.convertToAssets(10 ** decimals)`, so prices compare over time. */
export function sharePrice(totalAssets: bigint, totalSupply: bigint, units: ShareUnits): bigint {
  return convertToAssets(oneShare(units), totalAssets, totalSupply, units);
}
