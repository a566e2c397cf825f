import type { Address } from "viem";

/** The parts of StakingViewer.UserStakeInfo the portfolio reads. */
type ChainStake = {
  prover: Address;
  shares: bigint;
  currentValue: bigint;
  totalUnstaking: bigint;
  readyToWithdraw: bigint;
  pendingRequests: readonly { amount: bigint; requestTime: bigint }[];
  isProver: boolean;
};

/** The parts of StakingViewer.ProverDisplayInfo the portfolio reads. */
type ChainProver = {
  prover: Address;
  state: number;
  vault: Address;
  vaultAssets: bigint;
  vaultShares: bigint;
  name: string;
  iconUrl: string;
};

export type PendingUnstake = { amount: bigint; requestedAt: number; readyAt: number };

export type LivePosition = {
  prover: Address;
  name: string;
  iconUrl: string;
  state: number;
  vault: Address;
  vaultAssets: bigint;
  vaultShares: bigint;
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
  rules: { unstakeDelay: number; minSelfStake: bigint; minStake: bigint; maxPending: number };
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
  unstakeDelay: bigint;
  minSelfStake: bigint;
  minStake: bigint;
  maxPending: bigint;
  walletBalance: bigint;
  chainNow: bigint;
};

/** Joins the user's stakes with their provers' vault totals and names, one entry per position. */
export function shapeLivePortfolio(reads: LivePortfolioReads): LivePortfolio {
  const byProver = new Map(reads.provers.map((info) => [info.prover, info]));
  const unstakeDelay = Number(reads.unstakeDelay);
  const positions = reads.portfolio.stakes.map((stake): LivePosition => {
    const info = byProver.get(stake.prover);
    return {
      prover: stake.prover,
      name: info?.name ?? "",
      iconUrl: info?.iconUrl ?? "",
      state: info?.state ?? 0,
      vault: info?.vault ?? stake.prover,
      vaultAssets: info?.vaultAssets ?? 0n,
      vaultShares: info?.vaultShares ?? 0n,
      shares: stake.shares,
      value: stake.currentValue,
      unstaking: stake.totalUnstaking,
      readyToWithdraw: stake.readyToWithdraw,
      pending: stake.pendingRequests.map((request) => ({
        amount: request.amount,
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
    rules: {
      unstakeDelay,
      minSelfStake: reads.minSelfStake,
      minStake: reads.minStake,
      maxPending: Number(reads.maxPending),
    },
    walletBalance: reads.walletBalance,
  };
}

/** Provers whose matured requests "Withdraw all matured" completes, in the order shown. */
export function maturedProvers(portfolio: LivePortfolio): Address[] {
  return portfolio.positions.filter((position) => position.readyToWithdraw > 0n).map((position) => position.prover);
}
