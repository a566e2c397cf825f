import { db } from "ponder:api";
import { epochConfig, epochProverReward, rewardEpoch } from "ponder:schema";
import { Hono } from "hono";
import { asc, desc } from "ponder";
import type { z } from "zod";
import type { epochsSchema } from "../../../../lib/indexer/schemas";
import { chainNow, seconds } from "../clock";

type ConfigRow = typeof epochConfig.$inferSelect;

/** The epoch running at `now` under the latest config that had started by then (EpochManager's rule). */
export function currentEpoch(configs: ConfigRow[], now: bigint) {
  const config = configs.filter((entry) => entry.fromTime <= now).sort((a, b) => Number(b.fromTime - a.fromTime))[0];
  if (!config || config.epochLength === 0n) return null;
  const elapsed = (now - config.fromTime) / config.epochLength;
  const startsAt = config.fromTime + elapsed * config.epochLength;
  return {
    epoch: config.fromEpoch + Number(elapsed),
    startsAt: seconds(startsAt),
    endsAt: seconds(startsAt + config.epochLength),
  };
}

/**
 * An epoch's window under the configs in force now (the last config whose first epoch is at or
 * before it), as `getEpochInfoByEpochNumber` computes it: a popped config re-times its epochs.
 */
export function epochWindow(configs: ConfigRow[], epoch: number) {
  const config = configs.filter((entry) => entry.fromEpoch <= epoch).sort((a, b) => b.fromEpoch - a.fromEpoch)[0];
  if (!config) return null;
  const startsAt = config.fromTime + BigInt(epoch - config.fromEpoch) * config.epochLength;
  return { startsAt: seconds(startsAt), endsAt: seconds(startsAt + config.epochLength) };
}

export const epochRoutes = new Hono().get("/", async (c) => {
  const [{ timestamp: now }, epochs, rewards, configs] = await Promise.all([
    chainNow(),
    db.select().from(rewardEpoch).orderBy(asc(rewardEpoch.epoch)),
    db.select().from(epochProverReward).orderBy(asc(epochProverReward.epoch), desc(epochProverReward.amount)),
    db.select().from(epochConfig),
  ]);
  let allTime = 0n;
  const items = epochs.map((entry) => {
    allTime += entry.amount;
    return {
      epoch: entry.epoch,
      amount: entry.amount.toString(),
      cumulative: allTime.toString(),
      submissions: entry.submissions,
      window: epochWindow(configs, entry.epoch),
      setAt: seconds(entry.setAt),
      rewards: rewards
        .filter((row) => row.epoch === entry.epoch)
        .map((row) => ({ prover: row.prover, amount: row.amount.toString() })),
    };
  });
  const body: z.input<typeof epochsSchema> = {
    asOf: seconds(now),
    current: currentEpoch(configs, now),
    items: items.reverse(),
  };
  return c.json(body);
});
