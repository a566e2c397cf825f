import { describe, expect, it } from "vitest";
import { shareUnits } from "../math/share-price";
import { checkUnstake, type UnstakePosition } from "./unstake-rules";

const E18 = 10n ** 18n;

// A fresh vault as on Base: 18-decimal shares, no offset, one share is one BREV.
const position: UnstakePosition = {
  shares: 10n * E18,
  vaultAssets: 100n * E18,
  vaultShares: 100n * E18,
  units: shareUnits(18, 18),
  isProver: false,
  pendingCount: 0,
  maxPending: 10,
  minSelfStake: 1000n * E18,
};

describe("checkUnstake", () => {
  it("turns an amount into the shares that pay it", () => {
    expect(checkUnstake("4", "amount", position)).toEqual({
      ok: true,
      shares: 4n * E18,
      amount: 4n * E18,
      fullExit: false,
    });
  });

  it("takes shares as typed, with the vault's 18 decimals", () => {
    expect(checkUnstake("2.5", "shares", position)).toEqual({
      ok: true,
      shares: 25n * 10n ** 17n,
      amount: 25n * 10n ** 17n,
      fullExit: false,
    });
    expect(checkUnstake(`1.${"1".repeat(19)}`, "shares", position)).toEqual({
      ok: false,
      error: "The amount has more than 18 decimal places.",
    });
  });

  it("takes shares with whatever decimals the vault has", () => {
    // A vault with decimals offset 3: 21-decimal shares, one whole share (1e21) is one BREV.
    const offset = {
      ...position,
      shares: 10n * 10n ** 21n,
      vaultShares: 100n * 10n ** 21n,
      units: shareUnits(21, 18),
    };
    expect(checkUnstake("2.5", "shares", offset)).toEqual({
      ok: true,
      shares: 25n * 10n ** 20n,
      amount: 25n * 10n ** 17n,
      fullExit: false,
    });
    expect(checkUnstake("4", "amount", offset)).toMatchObject({ ok: true, shares: 4n * 10n ** 21n, amount: 4n * E18 });
    // The same typed "2.5" read with 18 decimals would have been a thousandth of that.
    expect(checkUnstake("0.0025", "shares", offset)).toEqual({
      ok: false,
      error: "Unstake at least 1 BREV, or everything.",
    });
  });

  it("allows a full exit of any size", () => {
    expect(checkUnstake("10", "amount", position)).toMatchObject({ ok: true, fullExit: true, shares: 10n * E18 });
  });

  it("refuses zero, garbage and more than the position, in words", () => {
    expect(checkUnstake("0", "amount", position)).toEqual({ ok: false, error: "The amount must be more than zero." });
    expect(checkUnstake("abc", "amount", position)).toMatchObject({ ok: false });
    expect(checkUnstake("10.5", "amount", position)).toEqual({
      ok: false,
      error: "That is more than your position of 10 BREV.",
    });
    expect(checkUnstake("11", "shares", position)).toEqual({ ok: false, error: "That is more shares than you hold." });
  });

  it("refuses a partial unstake under the minimum or leaving less than it", () => {
    expect(checkUnstake("0.5", "amount", position)).toEqual({
      ok: false,
      error: "Unstake at least 1 BREV, or everything.",
    });
    expect(checkUnstake("9.5", "amount", position)).toEqual({
      ok: false,
      error: "Only 0.5 BREV would stay staked; at least 1 BREV must stay. Leave more, or unstake everything.",
    });
  });

  it("keeps a prover's own minimum self-stake unless it leaves entirely", () => {
    const prover = {
      ...position,
      isProver: true,
      shares: 1500n * E18,
      vaultAssets: 2000n * E18,
      vaultShares: 2000n * E18,
    };
    expect(checkUnstake("600", "amount", prover)).toMatchObject({
      ok: false,
      error: expect.stringContaining("1,000 BREV"),
    });
    expect(checkUnstake("500", "amount", prover)).toMatchObject({ ok: true });
    expect(checkUnstake("1500", "amount", prover)).toMatchObject({ ok: true, fullExit: true });
  });

  it("refuses a request at the cap of pending requests", () => {
    expect(checkUnstake("1", "amount", { ...position, pendingCount: 10 })).toMatchObject({
      ok: false,
      error: expect.stringContaining("10 pending requests"),
    });
  });
});
