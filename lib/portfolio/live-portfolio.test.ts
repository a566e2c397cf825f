import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { shareUnits } from "../math/share-price";
import { maturedProvers, payableAmount, shapeLivePortfolio } from "./live-portfolio";

const P1: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const P2: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const V1: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const V2: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";

const stake = (prover: Address, readyToWithdraw: bigint) => ({
  prover,
  shares: 5n,
  currentValue: 7n,
  totalUnstaking: 3n,
  readyToWithdraw,
  pendingRequests: [{ amount: 3n, requestTime: 1_000n, scaleSnapshot: 10_000n }],
  isProver: false,
});

const prover = (address: Address, vault: Address, slashingScale: bigint) => ({
  prover: address,
  state: 1,
  vault,
  vaultAssets: 100n,
  vaultShares: 90n,
  slashingScale,
  name: address === P1 ? "One" : "",
  iconUrl: "",
});

const reads = {
  portfolio: { totalValue: 14n, totalUnstaking: 6n, totalReadyToWithdraw: 3n, stakes: [stake(P1, 0n), stake(P2, 3n)] },
  provers: [prover(P1, V1, 10_000n), prover(P2, V2, 8_000n)],
  units: new Map([
    [V1, shareUnits(18, 18)],
    [V2, shareUnits(21, 18)],
  ]),
  unstakeDelay: 604_800n,
  minSelfStake: 1000n,
  maxPending: 10n,
  walletBalance: 9n,
  chainNow: 2_000n,
};
const shaped = shapeLivePortfolio(reads);

describe("shapeLivePortfolio", () => {
  it("joins each stake with its prover's vault and share units and dates each request's readiness", () => {
    expect(shaped.positions[0]).toMatchObject({ prover: P1, name: "One", vault: V1, vaultAssets: 100n, value: 7n });
    expect(shaped.positions[0]?.units).toEqual({ shareDecimals: 18, decimalsOffset: 0 });
    expect(shaped.positions[1]?.units).toEqual({ shareDecimals: 21, decimalsOffset: 3 });
    expect(shaped.positions[0]?.pending).toEqual([{ amount: 3n, requestedAt: 1_000, readyAt: 605_800 }]);
    expect(shaped.rules).toEqual({ unstakeDelay: 604_800, minSelfStake: 1000n, maxPending: 10 });
    expect(shaped.chainNow).toBe(2_000);
  });

  it("shows a pending request at what it pays after the prover's slashes since", () => {
    // P2 was slashed 20% after the request: 3 × 8000 / 10000 = 2.4 → 2.
    expect(shaped.positions[1]?.pending[0]?.amount).toBe(2n);
  });

  it("refuses a position whose prover the chain did not list", () => {
    expect(() => shapeLivePortfolio({ ...reads, provers: [prover(P1, V1, 10_000n)] })).toThrow(P2);
  });
});

describe("payableAmount", () => {
  it("scales by the slashing since the request, rounding down as the controller does", () => {
    expect(payableAmount(10n ** 18n, 10_000n, 10_000n)).toBe(10n ** 18n);
    expect(payableAmount(10n ** 18n, 9_000n, 6_000n)).toBe(666_666_666_666_666_666n);
  });
});

describe("maturedProvers", () => {
  it("lists only provers with something ready to withdraw", () => {
    expect(maturedProvers(shaped)).toEqual([P2]);
  });
});
