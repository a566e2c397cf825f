import { describe, expect, it } from "vitest";
import { largestWinnableStake } from "./capacity";

const BREV = 10n ** 18n;

describe("largestWinnableStake", () => {
  it("leaves the vault minus the overcommitted share of assigned stake", () => {
    // 10,000 BREV vault, 2,000 assigned at 50 % overcommit → 10,000 − 1,000.
    expect(largestWinnableStake(10_000n * BREV, 2_000n * BREV, 5_000n)).toBe(9_000n * BREV);
  });

  it("is the whole vault when nothing is assigned", () => {
    expect(largestWinnableStake(42n * BREV, 0n, 10_000n)).toBe(42n * BREV);
  });

  it("is zero, never negative, when assignments cover the vault", () => {
    expect(largestWinnableStake(1_000n * BREV, 3_000n * BREV, 5_000n)).toBe(0n);
  });
});
