import type { Address } from "viem";
import { mulDiv } from "../math/fixed-point";
import type { ShareUnits } from "../math/share-price";

/** The parts of StakingViewer.UserStakeInfo the portfolio reads. */
type ChainStake = {
  prover: Address;
  shares: bigint;
  currentValue: bigint;
  totalUnstaking: bigint;
  readyToWithdraw: bigint;
  pendingRequests: readonly { amount: bigint; requestTime: bigint; scaleSnapshot: bigint }[];
  isProver: boolean;
};

/** The parts of StakingViewer.ProverDisplayInfo the portfolio reads. */
type ChainProver = {
  prover: Address;
  state: number;
  vault: Address;
  vaultAssets: bigint;
  vaultShares: bigint;
  /** The controller's slashing scale for this prover, in bps (10,000 = never slashed). */
  slashingScale: bigint;
  name: string;
  iconUrl: string;
};

/** `amount` is what the request pays now: slashes since it was made have shrunk it (see `payableAmount`). */
export type PendingUnstake = { amount: bigint; requestedAt: number; readyAt: number };

export type LivePosition = {
  prover: Address;
  name: string;
  iconUrl: string;
  state: number;
  vault: Address;
  vaultAssets: bigint;
  vaultShares: bigint;
  /** The vault's share decimals and offset, read from it. */
  units: ShareUnits;
  shares: bigint;
  value: bigint;
  unstaking: bigint;
  readyToWithdraw: bigint;
  pending: PendingUnstake[];
  isProver: boolean;
};

export type LivePortfolio = {
  /** The chain's clock when read (unix seconds): countdowns run from it, not from the browser's clock. */
  chainNow: number;
  totals: { value: bigint; unstaking: bigint; readyToWithdraw: bigint };
  positions: LivePosition[];
  rules: { unstakeDelay: number; minSelfStake: bigint; maxPending: number };
  walletBalance: bigint;
};

export type LivePortfolioReads = {
  portfolio: {
    totalValue: bigint;
    totalUnstaking: bigint;
    totalReadyToWithdraw: bigint;
    stakes: readonly ChainStake[];
  };
  provers: readonly ChainProver[];
  /** Each position's vault → its share units. */
  units: ReadonlyMap<Address, ShareUnits>;
  unstakeDelay: bigint;
  minSelfStake: bigint;
  maxPending: bigint;
  walletBalance: bigint;
  chainNow: bigint;
};

/**
 * What a pending request pays now: the controller scales it by the prover's slashing since the
 * request (`amount × scaleNow / scaleAtRequest`, rounded down), so a slash reaches it too.
 */
export function payableAmount(amount: bigint, scaleSnapshot: bigint, slashingScale: bigint): bigint {
  return scaleSnapshot === 0n ? amount : mulDiv(amount, slashingScale, scaleSnapshot);
}

/** Joins the user's stakes with their provers' vaults, names and share units, one entry per position. */
export function shapeLivePortfolio(reads: LivePortfolioReads): LivePortfolio {
  const byProver = new Map(reads.provers.map((info) => [info.prover, info]));
  const unstakeDelay = Number(reads.unstakeDelay);
  const positions = reads.portfolio.stakes.map((stake): LivePosition => {
    const info = byProver.get(stake.prover);
    const units = info ? reads.units.get(info.vault) : undefined;
    // Every position is with a listed prover (the viewer walks the list), whose vault was read.
    if (!info || !units) throw new Error(`The chain listed a position with ${stake.prover} but not its prover.`);
    return {
      prover: stake.prover,
      name: info.name,
      iconUrl: info.iconUrl,
      state: info.state,
      vault: info.vault,
      vaultAssets: info.vaultAssets,
      vaultShares: info.vaultShares,
      units,
      shares: stake.shares,
      value: stake.currentValue,
      unstaking: stake.totalUnstaking,
      readyToWithdraw: stake.readyToWithdraw,
      pending: stake.pendingRequests.map((request) => ({
        amount: payableAmount(request.amount, request.scaleSnapshot, info.slashingScale),
        requestedAt: Number(request.requestTime),
        readyAt: Number(request.requestTime) + unstakeDelay,
      })),
      isProver: stake.isProver,
    };
  });
  return {
    chainNow: Number(reads.chainNow),
    totals: {
      value: reads.portfolio.totalValue,
      unstaking: reads.portfolio.totalUnstaking,
      readyToWithdraw: reads.portfolio.totalReadyToWithdraw,
    },
    positions,
    rules: { unstakeDelay, minSelfStake: reads.minSelfStake, maxPending: Number(reads.maxPending) },
    walletBalance: reads.walletBalance,
  };
}

/** Provers whose matured requests "Withdraw all matured" completes, in the order shown. */
export function maturedProvers(portfolio: LivePortfolio): Address[] {
  return portfolio.positions.filter((position) => position.readyToWithdraw > 0n).map((position) => position.prover);
}
