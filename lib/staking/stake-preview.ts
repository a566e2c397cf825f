import { formatTokenFull } from "../format/token";
import { BPS } from "../math/fixed-point";
import { assetDecimals, convertToAssets, type ShareUnits } from "../math/share-price";

/**
 * The most a stake may lose to rounding before the panel refuses it: 0.01 %. In a sound vault the
 * loss is a wei or two; anything near this line means the share price was pushed up on purpose.
 */
export const MAX_STAKE_ROUNDING_LOSS_BPS = 1n;

/** The vault as the preview saw it: `previewDeposit(amount)` and the totals read in the same call. */
export type StakePreview = { amount: bigint; shares: bigint; vaultAssets: bigint; vaultShares: bigint };

export type StakePreviewCheck = { ok: true; value: bigint } | { ok: false; error: string };

/**
 * Refuses a stake the vault would short-change. The deployed vaults have no decimals offset and a
 * predictable address, so BREV sent straight to a vault before its prover joins (or while it is
 * nearly empty) inflates the share price: a stake then rounds down to few or no shares and the
 * difference goes to whoever holds the rest. `value` is what the new shares are worth once minted.
 */
export function checkStakePreview(preview: StakePreview, units: ShareUnits): StakePreviewCheck {
  const brev = (wei: bigint) => formatTokenFull(wei, { decimals: assetDecimals(units), symbol: "BREV" });
  const why =
    "This vault's share price has been pushed up (BREV was sent to it directly), so the difference would go to whoever holds its shares. Nothing was sent.";
  if (preview.shares === 0n) {
    return { ok: false, error: `A stake of ${brev(preview.amount)} would receive 0 shares. ${why}` };
  }
  const value = convertToAssets(
    preview.shares,
    preview.vaultAssets + preview.amount,
    preview.vaultShares + preview.shares,
    units,
  );
  const loss = preview.amount > value ? preview.amount - value : 0n;
  if (loss * BPS > preview.amount * MAX_STAKE_ROUNDING_LOSS_BPS) {
    return {
      ok: false,
      error: `A stake of ${brev(preview.amount)} would receive shares worth only ${brev(value)}. ${why}`,
    };
  }
  return { ok: true, value };
}
