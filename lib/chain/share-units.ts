import type { Address } from "viem";
import { brevTokenAbi, proverVaultAbi } from "../contracts/generated";
import { type ShareUnits, shareUnits } from "../math/share-price";

/**
 * The one way the app learns a vault's share units: its `decimals()` and its asset's, read in
 * the same multicall as the figures they price (on the server or in the browser). Never assumed:
 * our old devnet vaults had 21 decimals, Base's have 18.
 */
export function shareUnitsReads(vault: Address, asset: Address) {
  return [
    { address: vault, abi: proverVaultAbi, functionName: "decimals" },
    { address: asset, abi: brevTokenAbi, functionName: "decimals" },
  ] as const;
}

/** The two answers of `shareUnitsReads`, validated. */
export function toShareUnits([shareDecimals, assetDecimals]: readonly [number, number]): ShareUnits {
  return shareUnits(shareDecimals, assetDecimals);
}
