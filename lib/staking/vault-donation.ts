import { formatTokenFull } from "../format/token";
import { assetDecimals, convertToAssets, convertToShares, type ShareUnits } from "../math/share-price";

/** What initializeProver's first deposit gives the prover, with the BREV already at the vault's address. */
export type FirstDeposit = {
  /** BREV sitting at the predicted vault address before the vault exists. */
  donated: bigint;
  deposit: bigint;
  shares: bigint;
  /** What those shares are worth right after the deposit. */
  value: bigint;
  /** How much less than the deposit the prover owns afterwards (0 when none). */
  loss: bigint;
};

/**
 * The prover's first deposit into a vault that starts with `donated` BREV. The vault's address is
 * known before it exists (CREATE2), and anyone can send BREV there. The deployed ProverVault is
 * OpenZeppelin's ERC-4626, whose `totalAssets()` is its BREV balance: the donation counts as
 * assets nobody holds shares for, so the deposit mints `deposit × 1 / (donated + 1)` shares,
 * rounded down, and the one virtual share keeps a slice of everything in the vault. A donation of
 * at least the deposit mints 0 shares: the whole self-stake is lost.
 */
export function firstDeposit(deposit: bigint, donated: bigint, units: ShareUnits): FirstDeposit {
  const shares = convertToShares(deposit, donated, 0n, units);
  const value = convertToAssets(shares, donated + deposit, shares, units);
  return { donated, deposit, shares, value, loss: deposit > value ? deposit - value : 0n };
}

/**
 * The warning, in words, for a prover about to join a vault that already holds BREV; none when
 * it holds nothing. Any donation changes the shares the prover receives; a large one takes part
 * or all of the self-stake, which also leaves the prover's own stake under the minimum.
 */
export function donationWarning(outcome: FirstDeposit, units: ShareUnits): string | undefined {
  if (outcome.donated === 0n) return undefined;
  const brev = (wei: bigint) => formatTokenFull(wei, { decimals: assetDecimals(units), symbol: "BREV" });
  const shares = (amount: bigint) => formatTokenFull(amount, { decimals: units.shareDecimals, symbol: "shares" });
  const sent = `${brev(outcome.donated)} was already sent to your vault's address before the vault exists. It counts as vault assets that no one holds shares for`;
  if (outcome.shares === 0n) {
    return `${sent}, so joining now would give you 0 shares for your ${brev(outcome.deposit)}: you would lose your whole self-stake, and your own stake would count as 0, under the minimum. Do not join with this address; use another one.`;
  }
  if (outcome.loss > 0n) {
    return `${sent}, so joining now would give you ${shares(outcome.shares)} worth ${brev(outcome.value)} for your ${brev(outcome.deposit)}: you would lose ${brev(outcome.loss)}, and your own stake would be under the minimum. Consider joining with another address.`;
  }
  return `${sent}: joining gives you ${shares(outcome.shares)} instead of one per wei staked, worth ${brev(outcome.value)}. You lose nothing, but each share is worth more than 1 BREV from the start.`;
}
