import { formatTokenFull } from "../format/token";
import { parseTokenInput } from "../format/token-input";
import { assetDecimals, convertToAssets, type ShareUnits, sharesForAssets } from "../math/share-price";
import { MIN_STAKE } from "./stake-amount";

export type UnstakeMode = "amount" | "shares";

/** What StakingController.requestUnstake checks, for one (prover, staker) position. */
export type UnstakePosition = {
  shares: bigint;
  vaultAssets: bigint;
  vaultShares: bigint;
  /** The vault's share decimals and its asset's, read from chain: what typed shares and amounts are parsed with. */
  units: ShareUnits;
  /** The staker is the prover itself, so the prover's own minimum self-stake applies. */
  isProver: boolean;
  pendingCount: number;
  maxPending: number;
  minSelfStake: bigint;
};

export type UnstakeCheck =
  | { ok: true; shares: bigint; amount: bigint; fullExit: boolean }
  | { ok: false; error: string };

// Every digit: a rounded figure could read as allowed when it is a wei short.
const brev = (wei: bigint, units: ShareUnits) =>
  formatTokenFull(wei, { decimals: assetDecimals(units), symbol: "BREV" });

/**
 * Turns what the person typed into the shares to unstake, or the sentence saying which of the
 * controller's rules it breaks, so nothing the contract would refuse is ever sent.
 */
export function checkUnstake(input: string, mode: UnstakeMode, position: UnstakePosition): UnstakeCheck {
  const { shares: held, vaultAssets, vaultShares, units } = position;
  if (position.pendingCount >= position.maxPending) {
    return {
      ok: false,
      error: `You already have ${position.maxPending} pending requests with this prover, the most allowed. Withdraw the matured ones first.`,
    };
  }
  if (held === 0n) return { ok: false, error: "You hold no shares in this prover's vault." };
  const parsed = parseTokenInput(input, mode === "amount" ? assetDecimals(units) : units.shareDecimals);
  if (!parsed.ok) return parsed;
  const value = convertToAssets(held, vaultAssets, vaultShares, units);
  let shares: bigint;
  if (mode === "amount") {
    if (parsed.wei > value) return { ok: false, error: `That is more than your position of ${brev(value, units)}.` };
    shares = sharesForAssets(parsed.wei, vaultAssets, vaultShares, units);
  } else {
    if (parsed.wei > held) return { ok: false, error: "That is more shares than you hold." };
    shares = parsed.wei;
  }
  const amount = convertToAssets(shares, vaultAssets, vaultShares, units);
  if (amount === 0n) return { ok: false, error: "That is too little to unstake: it is worth nothing." };
  if (shares === held) return { ok: true, shares, amount, fullExit: true };

  const remaining = convertToAssets(held - shares, vaultAssets, vaultShares, units);
  if (amount < MIN_STAKE) {
    return { ok: false, error: `Unstake at least ${brev(MIN_STAKE, units)}, or everything.` };
  }
  if (remaining < MIN_STAKE) {
    return {
      ok: false,
      error: `Only ${brev(remaining, units)} would stay staked; at least ${brev(MIN_STAKE, units)} must stay. Leave more, or unstake everything.`,
    };
  }
  if (position.isProver && remaining < position.minSelfStake) {
    return {
      ok: false,
      error: `As the prover you must keep at least ${brev(position.minSelfStake, units)} staked (${brev(remaining, units)} would stay), or unstake everything, which deactivates the prover.`,
    };
  }
  return { ok: true, shares, amount, fullExit: false };
}
