import { type BidSettings, type RuleKey, vkKey } from "./schema";

/** A likely mistake the bidder would still run with: shown next to the field, never blocking a save. */
export type BidSettingsWarning = { field: RuleKey; message: string };

/** Vks listed in both lists: the blacklist wins, so listing them in the whitelist does nothing. */
export function vkInBothListsWarning(settings: BidSettings): BidSettingsWarning | null {
  const blacklisted = new Set(settings.vk_blacklist.map(vkKey));
  const both = settings.vk_whitelist.filter((vk) => blacklisted.has(vkKey(vk)));
  if (both.length === 0) return null;
  return {
    field: "vk_whitelist",
    message: `${both.join(", ")} ${both.length === 1 ? "is" : "are"} also in the blacklist, which the bidder checks first: it never bids for ${both.length === 1 ? "it" : "them"}.`,
  };
}

/** Every request offers at least the market's `minMaxFee`; a lower cap skips fees any request would pay. */
export function maxFeeBelowMinMaxFeeWarning(settings: BidSettings, minMaxFee: bigint): BidSettingsWarning | null {
  if (BigInt(settings.max_fee) >= minMaxFee) return null;
  return {
    field: "max_fee",
    message: `Max fee is below the market's minimum request fee (${minMaxFee} wei): the bidder will skip requests whose fee every requester would have paid.`,
  };
}

export type MarketTiming = {
  biddingPhaseDuration: bigint;
  revealPhaseDuration: bigint;
  /** The market's MAX_DEADLINE_DURATION: no request's deadline is later than its creation plus this. */
  maxDeadlineDuration: bigint;
};

/**
 * The bidder skips a request when createdAt + bidding + reveal + prove_min_duration > deadline,
 * and the market refuses deadlines past createdAt + MAX_DEADLINE_DURATION: beyond that sum it
 * skips every request there can be.
 */
export function proveMinDurationWarning(settings: BidSettings, timing: MarketTiming): BidSettingsWarning | null {
  const longest = timing.maxDeadlineDuration - timing.biddingPhaseDuration - timing.revealPhaseDuration;
  if (BigInt(settings.prove_min_duration) <= longest) return null;
  return {
    field: "prove_min_duration",
    message: `Minimum proving time is longer than any request can leave after bidding and reveal (${longest} s): the bidder will skip every request.`,
  };
}

/** The rule's own gas price replayed against a program's latest requests (see simulateBids). */
export type RuleReplay = { considered: number; won: number };

/** A gas price that would have won none of the requests it was replayed against. */
export function gasPriceWinsNoneWarning(replay: RuleReplay): BidSettingsWarning | null {
  if (replay.considered === 0 || replay.won > 0) return null;
  return {
    field: "prover_gas_price",
    message: `At this gas price the prover would have won none of the last ${replay.considered} requests of the program in the fee simulator.`,
  };
}

/** What the market says, as far as the caller knows it; a missing fact skips its check. */
export type MarketFacts = { minMaxFee?: bigint; timing?: MarketTiming; replay?: RuleReplay };

/** Every warning that applies to valid settings, given the market's facts. */
export function bidSettingsWarnings(settings: BidSettings, facts: MarketFacts): BidSettingsWarning[] {
  return [
    vkInBothListsWarning(settings),
    facts.minMaxFee === undefined ? null : maxFeeBelowMinMaxFeeWarning(settings, facts.minMaxFee),
    facts.timing === undefined ? null : proveMinDurationWarning(settings, facts.timing),
    facts.replay === undefined ? null : gasPriceWinsNoneWarning(facts.replay),
  ].filter((warning) => warning !== null);
}
