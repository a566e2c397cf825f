import { mulDiv } from "../../../lib/math/fixed-point";

/** How a vault counts shares: read from the vault, never assumed (Base's have 18 decimals and no offset). */
export type VaultShares = { shareDecimals: number; decimalsOffset: number };

/**
 * Assets for `shares`, floor-rounded as OpenZeppelin 5's ERC-4626 `convertToAssets` (one virtual
 * asset, 10^offset virtual shares), so the figure is the vault's own.
 */
export function assetsForShares(shares: bigint, totalAssets: bigint, totalSupply: bigint, vault: VaultShares): bigint {
  return mulDiv(shares, totalAssets + 1n, totalSupply + 10n ** BigInt(vault.decimalsOffset));
}

/** The vault's price of one whole share, `convertToAssets(10^decimals)`. */
export function wholeSharePrice(totalAssets: bigint, totalSupply: bigint, vault: VaultShares): bigint {
  return assetsForShares(10n ** BigInt(vault.shareDecimals), totalAssets, totalSupply, vault);
}
