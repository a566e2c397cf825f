import { formatTokenFull } from "../format/token";
import { parseTokenInput } from "../format/token-input";
import { convertToAssets, sharesForAssets, VAULT_DECIMALS_OFFSET } from "../math/share-price";

/** Vault shares carry the asset's 18 decimals plus the vault's offset. */
export const SHARE_DECIMALS = 18 + VAULT_DECIMALS_OFFSET;

export type UnstakeMode = "amount" | "shares";

/** What StakingController.requestUnstake checks, for one (prover, staker) position. */
export type UnstakePosition = {
  shares: bigint;
  vaultAssets: bigint;
  vaultShares: bigint;
  /** The staker is the prover itself, so the prover's own minimum self-stake applies. */
  isProver: boolean;
  pendingCount: number;
  maxPending: number;
  /** MIN_STAKE: the least an unstake, and what stays after a partial one, may be. */
  minStake: bigint;
  minSelfStake: bigint;
};

export type UnstakeCheck =
  | { ok: true; shares: bigint; amount: bigint; fullExit: boolean }
  | { ok: false; error: string };

// Every digit: a rounded figure could read as allowed when it is a wei short.
const brev = (wei: bigint) => formatTokenFull(wei, { symbol: "BREV" });

/**
 * Turns what the person typed into the shares to unstake, or the sentence saying which of the
 * controller's rules it breaks, so nothing the contract would refuse is ever sent.
 */
export function checkUnstake(input: string, mode: UnstakeMode, position: UnstakePosition): UnstakeCheck {
  const { shares: held, vaultAssets, vaultShares, minStake } = position;
  if (position.pendingCount >= position.maxPending) {
    return {
      ok: false,
      error: `You already have ${position.maxPending} pending requests with this prover, the most allowed. Withdraw the matured ones first.`,
    };
  }
  if (held === 0n) return { ok: false, error: "You hold no shares in this prover's vault." };
  const parsed = parseTokenInput(input, mode === "amount" ? 18 : SHARE_DECIMALS);
  if (!parsed.ok) return parsed;
  const value = convertToAssets(held, vaultAssets, vaultShares);
  let shares: bigint;
  if (mode === "amount") {
    if (parsed.wei > value) return { ok: false, error: `That is more than your position of ${brev(value)}.` };
    shares = sharesForAssets(parsed.wei, vaultAssets, vaultShares);
  } else {
    if (parsed.wei > held) return { ok: false, error: "That is more shares than you hold." };
    shares = parsed.wei;
  }
  const amount = convertToAssets(shares, vaultAssets, vaultShares);
  if (amount === 0n) return { ok: false, error: "That is too little to unstake: it is worth nothing." };
  if (shares === held) return { ok: true, shares, amount, fullExit: true };

  const remaining = convertToAssets(held - shares, vaultAssets, vaultShares);
  if (amount < minStake) {
    return { ok: false, error: `Unstake at least ${brev(minStake)}, or everything.` };
  }
  if (remaining < minStake) {
    return {
      ok: false,
      error: `Only ${brev(remaining)} would stay staked; at least ${brev(minStake)} must stay. Leave more, or unstake everything.`,
    };
  }
  if (position.isProver && remaining < position.minSelfStake) {
    return {
      ok: false,
      error: `As the prover you must keep at least ${brev(position.minSelfStake)} staked (${brev(remaining)} would stay), or unstake everything, which deactivates the prover.`,
    };
  }
  return { ok: true, shares, amount, fullExit: false };
}
