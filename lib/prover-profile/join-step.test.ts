import { parseEther } from "viem";
import { describe, expect, it } from "vitest";
import { type JoinFacts, joinPosition } from "./join-step";

const MIN = parseEther("1000");
const NEWCOMER: JoinFacts = {
  state: 0,
  vaultDeployed: false,
  minSelfStake: MIN,
  balance: MIN,
  allowance: 0n,
  name: "",
  requireAuthorization: false,
  authorized: false,
  paused: false,
};

describe("joinPosition", () => {
  it("starts a newcomer at approve and moves on once the allowance covers minSelfStake", () => {
    expect(joinPosition(NEWCOMER)).toEqual({ step: "approve" });
    expect(joinPosition({ ...NEWCOMER, allowance: MIN - 1n })).toEqual({ step: "approve" });
    expect(joinPosition({ ...NEWCOMER, allowance: MIN })).toEqual({ step: "initialize" });
  });

  it("puts a prover without a name at the profile step and sends any other prover to the editor", () => {
    expect(joinPosition({ ...NEWCOMER, state: 1, vaultDeployed: true })).toEqual({ step: "profile" });
    expect(joinPosition({ ...NEWCOMER, state: 2, vaultDeployed: true, name: "Atlas" })).toEqual({ step: "edit" });
  });

  it("sends a prover who asks for the editor there, whatever its state and profile", () => {
    for (const state of [1, 2, 3]) {
      expect(joinPosition({ ...NEWCOMER, state, name: "Atlas" }, { editProfile: true })).toEqual({ step: "edit" });
    }
    expect(joinPosition({ ...NEWCOMER, state: 1 }, { editProfile: true })).toEqual({ step: "edit" });
    expect(joinPosition(NEWCOMER, { editProfile: true }).step, "a newcomer has no profile yet").toBe("approve");
  });

  it("says how much BREV is missing", () => {
    expect(joinPosition({ ...NEWCOMER, balance: parseEther("400") }).blocker).toEqual({
      kind: "short",
      message:
        "Joining stakes 1,000 BREV of your own and this account holds 400 BREV: 600 BREV missing. Add BREV to this account, then come back: the wizard resumes here.",
    });
    expect(joinPosition({ ...NEWCOMER, allowance: MIN, balance: 0n }).blocker?.kind).toBe("short");
  });

  it("refuses an address that retired as a prover, one lacking the role when it is required, and everyone while paused", () => {
    expect(joinPosition({ ...NEWCOMER, vaultDeployed: true }).blocker?.kind).toBe("retired");
    expect(joinPosition({ ...NEWCOMER, requireAuthorization: true }).blocker?.kind).toBe("unauthorized");
    expect(joinPosition({ ...NEWCOMER, requireAuthorization: true, authorized: true }).blocker).toBeUndefined();
    expect(joinPosition({ ...NEWCOMER, paused: true }).blocker?.kind).toBe("paused");
    expect(joinPosition({ ...NEWCOMER, state: 1, paused: true }), "a paused controller still takes profiles").toEqual({
      step: "profile",
    });
  });
});
