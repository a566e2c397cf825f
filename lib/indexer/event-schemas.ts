import { z } from "zod";
import { address, hash, unixSeconds, wei } from "./schemas";

/** The most events one page of `/v1/stakers/:address/events` or `/v1/provers/:address/events` holds. */
export const MAX_EVENTS = 100;

/**
 * Where a page of events ends: the last event's time, block, log index and id, so the next page
 * starts strictly after it even when several events share a block.
 */
export const EVENT_CURSOR = /^\d{1,12}\.\d{1,12}\.\d{1,6}\.[0-9A-Za-z:-]{1,200}$/;

const logged = {
  /** Stable across fetches: the chain id and the event's block and log index (or the request, for a time event). */
  id: z.string().min(1),
  prover: address,
  proverName: z.string(),
  timestamp: unixSeconds,
};
const onChain = { ...logged, blockNumber: z.number().int().nonnegative(), txHash: hash.nullable() };

/** The prover changed a commission rate (`sourceKind` default for its default rate). */
const commission = z.object({
  ...onChain,
  kind: z.literal("commission"),
  sourceKind: z.string(),
  oldRateBps: z.number().int(),
  newRateBps: z.number().int(),
});
/** The controller slashed the prover: its vault and its pending unstakes lost `bps`. */
const slashed = z.object({ ...onChain, kind: z.literal("slash"), bps: z.number().int(), amount: wei });
/** 1 Active, 2 Deactivated, 3 Jailed (the last two earn no rewards). */
const state = z.object({
  ...onChain,
  kind: z.literal("state"),
  oldState: z.number().int().min(0).max(3),
  newState: z.number().int().min(0).max(3),
});
/** Epoch rewards reached the vault: `amount` is the staker's part (in a staker's events) or what the vault's stakers got. */
const epochReward = z.object({ ...onChain, kind: z.literal("epoch_reward"), amount: wei });
/** A time event: the request's unlock time passed, so it can be withdrawn (`amount` as requested, before any slash). */
const unstakeMatured = z.object({
  ...logged,
  kind: z.literal("unstake_matured"),
  amount: wei,
  withdrawn: z.boolean(),
});

export const eventSchema = z.discriminatedUnion("kind", [commission, slashed, state, epochReward, unstakeMatured]);
export type WatchEvent = z.output<typeof eventSchema>;
export type WatchEventInput = z.input<typeof eventSchema>;

/** Newest first; `next` is the cursor of the following (older) page, null on the last. */
export const eventPageSchema = z.object({
  asOf: unixSeconds,
  items: z.array(eventSchema),
  next: z.string().regex(EVENT_CURSOR).nullable(),
});
export type EventPage = z.output<typeof eventPageSchema>;
