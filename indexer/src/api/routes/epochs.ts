import { db } from "ponder:api";
import { epochConfig, epochProverReward, rewardEpoch } from "ponder:schema";
import { Hono } from "hono";
import { asc, desc } from "ponder";
import type { z } from "zod";
import type { epochsSchema } from "../../../../lib/indexer/schemas";
import { chainNow, seconds } from "../clock";

type ConfigRow = typeof epochConfig.$inferSelect;

/** The epoch running at `now` under the latest schedule that had started by then. */
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

export const epochRoutes = new Hono().get("/", async (c) => {
  const [{ timestamp: now }, epochs, rewards, configs] = await Promise.all([
    chainNow(),
    db.select().from(rewardEpoch).orderBy(desc(rewardEpoch.epoch)),
    db.select().from(epochProverReward).orderBy(asc(epochProverReward.epoch), desc(epochProverReward.amount)),
    db.select().from(epochConfig),
  ]);
  const body: z.input<typeof epochsSchema> = {
    asOf: seconds(now),
    current: currentEpoch(configs, now),
    items: epochs.map((entry) => ({
      epoch: entry.epoch,
      amount: entry.amount.toString(),
      cumulative: entry.cumulative.toString(),
      setAt: seconds(entry.setAt),
      rewards: rewards
        .filter((row) => row.epoch === entry.epoch)
        .map((row) => ({ prover: row.prover, amount: row.amount.toString() })),
    })),
  };
  return c.json(body);
});
