import { formatTokenFull } from "../format/token";
import { parseTokenInput } from "../format/token-input";
import { proverStateName } from "../provers/state";

/** What the stake form knows when it checks an amount; `balance` is absent until it has been read. */
export type StakeLimits = {
  minStake: bigint;
  balance: bigint | undefined;
  proverState: number;
  /** The controller lets a prover top up its own vault whatever its state. */
  stakerIsProver: boolean;
};

export type StakeAmountCheck = { ok: true; wei: bigint } | { ok: false; error: string };

const ACTIVE = 1;

/**
 * The controller's own rules for `stake(prover, amount)`, checked before anything is sent so
 * the person reads why in words instead of meeting a revert.
 */
export function checkStakeAmount(input: string, limits: StakeLimits): StakeAmountCheck {
  const parsed = parseTokenInput(input);
  if (!parsed.ok) return parsed;
  if (parsed.wei < limits.minStake) {
    return { ok: false, error: `The minimum stake is ${formatTokenFull(limits.minStake, { symbol: "BREV" })}.` };
  }
  if (limits.balance !== undefined && parsed.wei > limits.balance) {
    return {
      ok: false,
      error: `That is more BREV than you hold (${formatTokenFull(limits.balance, { symbol: "BREV" })}).`,
    };
  }
  if (limits.proverState !== ACTIVE && !limits.stakerIsProver) {
    return { ok: false, error: proverNotActiveMessage(limits.proverState) };
  }
  return parsed;
}

/** Why a prover refuses stake, naming the state it is in. */
export function proverNotActiveMessage(state: number): string {
  const name = proverStateName(state);
  if (name === "Null") return "This address is not a registered prover, so it cannot take stake.";
  return `This prover is ${name}, so it does not accept new stake.`;
}
