import { describe, expect, it } from "vitest";
import { shareUnits } from "../math/share-price";
import { checkStakePreview } from "./stake-preview";

const E18 = 10n ** 18n;
const BASE = shareUnits(18, 18);

/** OpenZeppelin's previewDeposit (floor), to build previews the way the vault would. */
function previewDeposit(amount: bigint, vaultAssets: bigint, vaultShares: bigint, virtualShares = 1n): bigint {
  return (amount * (vaultShares + virtualShares)) / (vaultAssets + 1n);
}

describe("checkStakePreview", () => {
  it("accepts a stake into a sound vault, worth what was paid to the wei or two", () => {
    const vaultAssets = 1_234n * E18 + 7n;
    const vaultShares = 1_100n * E18;
    const amount = 250n * E18;
    const shares = previewDeposit(amount, vaultAssets, vaultShares);
    const check = checkStakePreview({ amount, shares, vaultAssets, vaultShares }, BASE);
    expect(check.ok).toBe(true);
    if (check.ok) expect(amount - check.value).toBeLessThanOrEqual(2n);
  });

  it("accepts the first stake into an empty vault one for one", () => {
    expect(checkStakePreview({ amount: 5n * E18, shares: 5n * E18, vaultAssets: 0n, vaultShares: 0n }, BASE)).toEqual({
      ok: true,
      value: 5n * E18,
    });
  });

  it("refuses a stake that would receive no shares after a donation before the prover joined", () => {
    // 10,000 BREV donated to the vault's predicted address, then the prover's 1,000 BREV self-stake
    // got 1000e18 * 1 / (10000e18 + 1) = 0 shares: the vault holds 11,000 BREV against 0 shares.
    const vaultAssets = 11_000n * E18;
    const amount = 5n * E18;
    const shares = previewDeposit(amount, vaultAssets, 0n);
    expect(shares).toBe(0n);
    expect(checkStakePreview({ amount, shares, vaultAssets, vaultShares: 0n }, BASE)).toEqual({
      ok: false,
      error:
        "A stake of 5 BREV would receive 0 shares. This vault's share price has been pushed up (BREV was sent to it directly), so the difference would go to whoever holds its shares. Nothing was sent.",
    });
  });

  it("refuses a stake that would receive shares worth visibly less than it", () => {
    // One share outstanding against 1,000 BREV: 1,500 BREV buys 1500e18 * 2 / (1000e18 + 1) = 2 shares,
    // worth 2 * (2500e18 + 1) / (3 + 1) = 1,250 BREV.
    const vaultAssets = 1_000n * E18;
    const amount = 1_500n * E18;
    const shares = previewDeposit(amount, vaultAssets, 1n);
    expect(shares).toBe(2n);
    const check = checkStakePreview({ amount, shares, vaultAssets, vaultShares: 1n }, BASE);
    expect(check).toEqual({
      ok: false,
      error: expect.stringMatching(/^A stake of 1,500 BREV would receive shares worth only 1,250 BREV\./),
    });
  });

  it("prices the shares with the vault's own decimals", () => {
    // Offset 3: a fresh vault mints 1000 shares per wei; the stake is sound.
    const units = shareUnits(21, 18);
    const amount = 7n * E18;
    const shares = previewDeposit(amount, 0n, 0n, 1_000n);
    expect(checkStakePreview({ amount, shares, vaultAssets: 0n, vaultShares: 0n }, units)).toEqual({
      ok: true,
      value: amount,
    });
  });
});
