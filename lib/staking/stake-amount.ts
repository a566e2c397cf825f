import { formatTokenFull } from "../format/token";
import { parseTokenInput } from "../format/token-input";
import { proverStateName } from "../provers/state";

/**
 * The least a stake, an unstake and what a partial unstake leaves behind may be: one BREV. The
 * controller keeps it in a private constant (`MIN_STAKING_AMOUNT = 10 ** 18`, its token decimals
 * written in), so it cannot be read on chain; this is the one place the app states it.
 */
export const MIN_STAKE = 10n ** 18n;

/** What the stake form knows when it checks an amount; `balance` is absent until it has been read. */
export type StakeLimits = {
  balance: bigint | undefined;
  proverState: number;
  /** The controller lets a prover top up its own vault while it is Deactivated or Jailed. */
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
  if (parsed.wei < MIN_STAKE) {
    return { ok: false, error: `The minimum stake is ${formatTokenFull(MIN_STAKE, { symbol: "BREV" })}.` };
  }
  if (limits.balance !== undefined && parsed.wei > limits.balance) {
    return {
      ok: false,
      error: `That is more BREV than you hold (${formatTokenFull(limits.balance, { symbol: "BREV" })}).`,
    };
  }
  // The prover may top up its own vault while Deactivated or Jailed, never once it is gone (Null).
  if (limits.proverState !== ACTIVE && (!limits.stakerIsProver || proverStateName(limits.proverState) === "Null")) {
    return { ok: false, error: proverNotActiveMessage(limits.proverState) };
  }
  return parsed;
}

/** Why a prover refuses stake, naming the state it is in. */
export function proverNotActiveMessage(state: number): string {
  const name = proverStateName(state);
  if (name === "Null") return "This address is not a registered prover (or it retired), so it cannot take stake.";
  return `This prover is ${name}, so it does not accept new stake.`;
}
