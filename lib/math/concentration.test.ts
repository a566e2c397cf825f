import { describe, expect, it } from "vitest";
import { CONCENTRATION_THRESHOLD_BPS, concentrationAfterStake, shareBps } from "./concentration";

const BREV = 10n ** 18n;

describe("shareBps", () => {
  it("floors the ratio to whole basis points", () => {
    expect(shareBps(1n, 3n)).toBe(3_333n);
    expect(shareBps(2n * BREV, 2n * BREV)).toBe(10_000n);
  });

  it("is zero when there is nothing to share", () => {
    expect(shareBps(0n, 0n)).toBe(0n);
  });

  it("rejects a part larger than the whole", () => {
    expect(() => shareBps(2n, 1n)).toThrow(RangeError);
  });
});

describe("concentrationAfterStake", () => {
  it("adds the stake to the prover and to the network", () => {
    // 250 of 1,000 plus 100 → 350 / 1,100 = 31.81 %.
    const result = concentrationAfterStake({
      proverStake: 250n * BREV,
      networkStake: 1_000n * BREV,
      amount: 100n * BREV,
    });
    expect(result).toEqual({ shareBps: 3_181n, exceeds: false });
  });

  it("flags a stake that pushes the prover past a third of all stake", () => {
    // 250 of 1,000 plus 200 → 450 / 1,200 = 37.5 %.
    const result = concentrationAfterStake({
      proverStake: 250n * BREV,
      networkStake: 1_000n * BREV,
      amount: 200n * BREV,
    });
    expect(result).toEqual({ shareBps: 3_750n, exceeds: true });
  });

  it("does not flag a prover sitting exactly on the threshold", () => {
    const result = concentrationAfterStake({ proverStake: 33n, networkStake: 100n, amount: 0n });
    expect(result.shareBps).toBe(CONCENTRATION_THRESHOLD_BPS);
    expect(result.exceeds).toBe(false);
  });

  it("flags a share a wei above the threshold even when the floored bps equal it", () => {
    const result = concentrationAfterStake({ proverStake: 330_001n, networkStake: 1_000_000n, amount: 0n });
    expect(result.shareBps).toBe(3_300n);
    expect(result.exceeds).toBe(true);
  });

  it("treats the first stake in an empty network as all of it", () => {
    expect(concentrationAfterStake({ proverStake: 0n, networkStake: 0n, amount: BREV })).toEqual({
      shareBps: 10_000n,
      exceeds: true,
    });
  });

  it("does not flag an empty network with nothing staked", () => {
    expect(concentrationAfterStake({ proverStake: 0n, networkStake: 0n, amount: 0n }).exceeds).toBe(false);
  });
});
