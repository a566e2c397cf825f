import { parseEther } from "viem";
import { describe, expect, it } from "vitest";
import { shareUnits } from "../math/share-price";
import { donationWarning, firstDeposit } from "./vault-donation";

const UNITS = shareUnits(18, 18);
const MIN = parseEther("1000");

describe("firstDeposit", () => {
  it("mints one share per wei into a vault that holds nothing", () => {
    expect(firstDeposit(MIN, 0n, UNITS)).toEqual({ donated: 0n, deposit: MIN, shares: MIN, value: MIN, loss: 0n });
    expect(donationWarning(firstDeposit(MIN, 0n, UNITS), UNITS)).toBeUndefined();
  });

  it("halves the shares for a single wei sent ahead, at no loss to the prover", () => {
    const outcome = firstDeposit(MIN, 1n, UNITS);
    expect(outcome.shares).toBe(MIN / 2n);
    expect(outcome.loss).toBe(0n);
    expect(donationWarning(outcome, UNITS)).toMatch(/gives you 500 shares instead of one per wei staked.*lose nothing/);
  });

  it("takes part of the stake when the donation is a large share of it", () => {
    // 1,000 BREV into 600 BREV + 1 wei of assets: 1 share-wei, floor(1000e18 / (600e18 + 1)) = 1.
    const outcome = firstDeposit(MIN, parseEther("600"), UNITS);
    expect(outcome.shares).toBe(1n);
    // The one share and the one virtual share split 1,600 BREV + 1 wei, rounded down.
    expect(outcome.value).toBe((parseEther("1600") + 1n) / 2n);
    expect(outcome.loss).toBe(MIN - outcome.value);
    expect(donationWarning(outcome, UNITS)).toContain(
      "would give you 0.000000000000000001 shares worth 800 BREV for your 1,000 BREV: you would lose 200 BREV",
    );
  });

  it("takes the whole stake once the donation reaches the deposit", () => {
    for (const donated of [MIN, MIN * 5n]) {
      const outcome = firstDeposit(MIN, donated, UNITS);
      expect(outcome).toMatchObject({ shares: 0n, value: 0n, loss: MIN });
      expect(donationWarning(outcome, UNITS)).toContain(
        "joining now would give you 0 shares for your 1,000 BREV: you would lose your whole self-stake",
      );
    }
  });

  it("never reports a loss larger than the deposit or a value the vault does not hold", () => {
    for (const donated of [0n, 1n, 7n, parseEther("0.5"), parseEther("999.999"), MIN - 1n, MIN, MIN + 1n]) {
      const outcome = firstDeposit(MIN, donated, UNITS);
      expect(outcome.loss).toBeLessThanOrEqual(MIN);
      expect(outcome.value).toBeLessThanOrEqual(MIN + donated);
      expect(outcome.value + outcome.loss).toBeGreaterThanOrEqual(MIN);
    }
  });
});
