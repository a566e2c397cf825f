import { formatTokenFull } from "../format/token";
import { proverStateName } from "../provers/state";

/**
 * Approve exactly minSelfStake → initializeProver(rate) → setProverProfile(name, icon); then
 * "edit": a prover with a profile (or one asking for the editor) gets the profile editor.
 */
export type JoinStep = "approve" | "initialize" | "profile" | "edit";
export const JOIN_STEPS: readonly JoinStep[] = ["approve", "initialize", "profile", "edit"];

/** What the chain says about the account, read in one go. */
export type JoinFacts = {
  state: number;
  /** The factory already holds a vault for this address (a prover, or one that retired). */
  vaultDeployed: boolean;
  minSelfStake: bigint;
  balance: bigint;
  allowance: bigint;
  name: string;
  requireAuthorization: boolean;
  authorized: boolean;
  /** The controller is paused: initializeProver reverts, profiles still go through. */
  paused: boolean;
};

/** Why the account cannot take its next step, in words. */
export type JoinBlocker = { kind: "retired" | "unauthorized" | "paused" | "short"; message: string };

export type JoinPosition = { step: JoinStep; blocker?: JoinBlocker };

/**
 * Where the account stands, from the chain alone, so a reload resumes at the right step: a prover
 * whose profile has no name is at the wizard's profile step, any other prover (and one asking for
 * the editor) goes straight to the profile editor; a newcomer whose allowance covers minSelfStake
 * is at initialize, else approve.
 */
export function joinPosition(facts: JoinFacts, { editProfile = false } = {}): JoinPosition {
  if (proverStateName(facts.state) !== "Null") {
    return { step: editProfile || facts.name !== "" ? "edit" : "profile" };
  }
  const step: JoinStep = facts.allowance >= facts.minSelfStake ? "initialize" : "approve";
  if (facts.vaultDeployed) {
    return {
      step,
      blocker: {
        kind: "retired",
        message:
          "This address was a prover and retired: its vault still exists, so it cannot join again. Use another address.",
      },
    };
  }
  if (facts.requireAuthorization && !facts.authorized) {
    return {
      step,
      blocker: {
        kind: "unauthorized",
        message:
          "Joining needs the authorized-prover role from the network's operators, and this account does not have it yet. Ask them to grant it, then come back: the wizard resumes here.",
      },
    };
  }
  if (facts.paused) {
    return {
      step,
      blocker: {
        kind: "paused",
        message:
          "The staking contract is paused by the network's operators, so no prover can join now. Come back later: the wizard resumes here.",
      },
    };
  }
  if (facts.balance < facts.minSelfStake) {
    const brev = (wei: bigint) => formatTokenFull(wei, { symbol: "BREV" });
    return {
      step,
      blocker: {
        kind: "short",
        message: `Joining stakes ${brev(facts.minSelfStake)} of your own and this account holds ${brev(facts.balance)}: ${brev(facts.minSelfStake - facts.balance)} missing. Add BREV to this account, then come back: the wizard resumes here.`,
      },
    };
  }
  return { step };
}
