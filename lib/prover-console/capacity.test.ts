import { describe, expect, it } from "vitest";
import { minStakeBuckets, proverCapacity, servableShare } from "./capacity";

describe("proverCapacity", () => {
  it("splits the vault into bound and free and applies the overcommit rule", () => {
    const capacity = proverCapacity({ active: true, vaultAssets: 10_000n, assignedStake: 4_000n, overcommitBps: 500n });
    expect(capacity).toEqual({
      vaultAssets: 10_000n,
      bound: 4_000n,
      free: 6_000n,
      overcommitReserve: 200n,
      winnable: 9_800n,
    });
  });

  it("lets an inactive prover win nothing and never shows negative free stake", () => {
    const capacity = proverCapacity({ active: false, vaultAssets: 1_000n, assignedStake: 3_000n, overcommitBps: 500n });
    expect(capacity.winnable).toBeNull();
    expect(capacity.free).toBe(0n);
  });
});

describe("servableShare", () => {
  it("counts the requests whose minStake the prover can still win", () => {
    expect(servableShare([100n, 200n, 300n], 200n)).toEqual({ servable: 2, total: 3 });
    expect(servableShare([100n], null)).toEqual({ servable: 0, total: 1 });
  });
});

describe("minStakeBuckets", () => {
  it("counts requests per minimum stake, smallest first, merging the largest beyond the limit", () => {
    expect(minStakeBuckets([300n, 100n, 100n, 200n, 400n], 250n, 3)).toEqual([
      { from: 100n, count: 2, servable: true },
      { from: 200n, count: 1, servable: true },
      { from: 300n, count: 2, servable: false },
    ]);
    expect(minStakeBuckets([100n], null)).toEqual([{ from: 100n, count: 1, servable: false }]);
  });
});
