import { describe, expect, it } from "vitest";
import { checkStakeAmount, proverNotActiveMessage } from "./stake-amount";

const BREV = 10n ** 18n;
const limits = { balance: 100n * BREV, proverState: 1, stakerIsProver: false };

describe("checkStakeAmount", () => {
  it("accepts an amount between the minimum and the balance", () => {
    expect(checkStakeAmount("12.5", limits)).toEqual({ ok: true, wei: 12n * BREV + BREV / 2n });
  });

  it("passes the input errors through in words", () => {
    expect(checkStakeAmount("", limits)).toEqual({ ok: false, error: "Enter an amount." });
    expect(checkStakeAmount("abc", limits)).toEqual({ ok: false, error: "The amount must be a number, like 12.5." });
    expect(checkStakeAmount(`1.${"1".repeat(19)}`, limits)).toEqual({
      ok: false,
      error: "The amount has more than 18 decimal places.",
    });
  });

  it("refuses less than the controller's minimum stake", () => {
    expect(checkStakeAmount("0.5", limits)).toEqual({ ok: false, error: "The minimum stake is 1 BREV." });
  });

  it("refuses more than the balance, and accepts the whole balance", () => {
    expect(checkStakeAmount("100.000000000000000001", limits)).toEqual({
      ok: false,
      error: "That is more BREV than you hold (100 BREV).",
    });
    expect(checkStakeAmount("100", limits).ok).toBe(true);
  });

  it("skips the balance check until the balance is known", () => {
    expect(checkStakeAmount("1000", { ...limits, balance: undefined }).ok).toBe(true);
  });

  it("names the state of a prover that is not Active", () => {
    expect(checkStakeAmount("5", { ...limits, proverState: 3 })).toEqual({
      ok: false,
      error: "This prover is Jailed, so it does not accept new stake.",
    });
  });

  it("lets a prover top up its own vault while Deactivated or Jailed, not once it retired", () => {
    expect(checkStakeAmount("5", { ...limits, proverState: 2, stakerIsProver: true }).ok).toBe(true);
    expect(checkStakeAmount("5", { ...limits, proverState: 3, stakerIsProver: true }).ok).toBe(true);
    expect(checkStakeAmount("5", { ...limits, proverState: 0, stakerIsProver: true })).toEqual({
      ok: false,
      error: "This address is not a registered prover (or it retired), so it cannot take stake.",
    });
  });
});

describe("proverNotActiveMessage", () => {
  it("says when the address is no prover at all", () => {
    expect(proverNotActiveMessage(0)).toBe(
      "This address is not a registered prover (or it retired), so it cannot take stake.",
    );
    expect(proverNotActiveMessage(2)).toBe("This prover is Deactivated, so it does not accept new stake.");
  });
});
