import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { maturedProvers, shapeLivePortfolio } from "./live-portfolio";

const P1: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const P2: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const VAULT: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

const stake = (prover: Address, readyToWithdraw: bigint) => ({
  prover,
  shares: 5n,
  currentValue: 7n,
  totalUnstaking: 3n,
  readyToWithdraw,
  pendingRequests: [{ amount: 3n, requestTime: 1_000n }],
  isProver: false,
});

const shaped = shapeLivePortfolio({
  portfolio: { totalValue: 14n, totalUnstaking: 6n, totalReadyToWithdraw: 3n, stakes: [stake(P1, 0n), stake(P2, 3n)] },
  provers: [{ prover: P1, state: 1, vault: VAULT, vaultAssets: 100n, vaultShares: 90n, name: "One", iconUrl: "" }],
  unstakeDelay: 604_800n,
  minSelfStake: 1000n,
  minStake: 1n,
  maxPending: 10n,
  walletBalance: 9n,
  chainNow: 2_000n,
});

describe("shapeLivePortfolio", () => {
  it("joins each stake with its prover's vault and dates each request's readiness", () => {
    expect(shaped.positions[0]).toMatchObject({ prover: P1, name: "One", vault: VAULT, vaultAssets: 100n, value: 7n });
    expect(shaped.positions[0]?.pending).toEqual([{ amount: 3n, requestedAt: 1_000, readyAt: 605_800 }]);
    expect(shaped.rules).toEqual({ unstakeDelay: 604_800, minSelfStake: 1000n, minStake: 1n, maxPending: 10 });
    expect(shaped.chainNow).toBe(2_000);
  });

  it("names a prover it has no display info for as unnamed rather than dropping the position", () => {
    expect(shaped.positions[1]).toMatchObject({ prover: P2, name: "", value: 7n });
  });
});

describe("maturedProvers", () => {
  it("lists only provers with something ready to withdraw", () => {
    expect(maturedProvers(shaped)).toEqual([P2]);
  });
});
