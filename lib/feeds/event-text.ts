import { formatBps } from "../format/percent";
import { formatTokenFull } from "../format/token";
import type { WatchEvent } from "../indexer/event-schemas";

/** Whose events these are: a staker reads "your", a prover's followers read its name. */
export type Audience = "staker" | "prover";

function who(event: WatchEvent): string {
  return event.proverName.trim() || `Prover ${event.prover.slice(0, 10)}…`;
}

function commissionWhat(sourceKind: string): string {
  return sourceKind === "default" ? "default commission" : `commission on ${sourceKind} rewards`;
}

/** One line saying what happened, in plain words (a prover's name is only ever text). */
export function eventTitle(event: WatchEvent, audience: Audience, decimals: number): string {
  const amount = (wei: bigint) => formatTokenFull(wei, { decimals, symbol: "BREV" });
  switch (event.kind) {
    case "commission":
      return `${who(event)} changed its ${commissionWhat(event.sourceKind)} from ${formatBps(event.oldRateBps)} to ${formatBps(event.newRateBps)}`;
    case "slash":
      return `${who(event)} was slashed ${formatBps(event.bps)}: ${amount(event.amount)} taken from its vault and pending unstakes`;
    case "state":
      if (event.newState === 2) return `${who(event)} was deactivated: it earns no rewards until it is active again`;
      if (event.newState === 3) return `${who(event)} was jailed: its rewards are blocked`;
      if (event.newState === 1) return `${who(event)} is active again`;
      return `${who(event)} left the network`;
    case "epoch_reward":
      return audience === "staker"
        ? `Epoch rewards reached your vault with ${who(event)}: ${amount(event.amount)} for your shares`
        : `Epoch rewards reached ${who(event)}'s vault: ${amount(event.amount)} for its stakers`;
    case "unstake_matured":
      return event.withdrawn
        ? `Your unstake of ${amount(event.amount)} from ${who(event)} matured (since withdrawn)`
        : `Your unstake of ${amount(event.amount)} from ${who(event)} matured and can be withdrawn`;
  }
}
