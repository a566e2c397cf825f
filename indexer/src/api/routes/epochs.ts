import { db } from "ponder:api";
import { epochConfig, epochProverReward, prover, rewardEpoch } from "ponder:schema";
import { Hono } from "hono";
import { and, asc, count, desc, eq, gt, inArray, lt, sum } from "ponder";
import { z } from "zod";
import { MAX_EPOCH } from "../../../../lib/indexer/epoch-param";
import { limitParam } from "../../../../lib/indexer/page-params";
import type { epochDetailSchema, epochsSchema } from "../../../../lib/indexer/schemas";
import { shareBps } from "../../../../lib/math/concentration";
import { chainNow, seconds } from "../clock";
import { NotFound, parseAddress, parseParams } from "../params";

type ConfigRow = typeof epochConfig.$inferSelect;

/** The config in force for `epoch`: the last one whose first epoch is at or before it. */
function configOf(configs: ConfigRow[], epoch: number): ConfigRow | undefined {
  return configs.filter((entry) => entry.fromEpoch <= epoch).sort((a, b) => b.fromEpoch - a.fromEpoch)[0];
}

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
    epochLength: seconds(config.epochLength),
    maxReward: config.maxEpochReward.toString(),
  };
}

/**
 * An epoch's window under the configs in force now, as `getEpochInfoByEpochNumber` computes it:
 * a popped config re-times its epochs.
 */
export function epochWindow(configs: ConfigRow[], epoch: number) {
  const config = configOf(configs, epoch);
  if (!config) return null;
  const startsAt = config.fromTime + BigInt(epoch - config.fromEpoch) * config.epochLength;
  return { startsAt: seconds(startsAt), endsAt: seconds(startsAt + config.epochLength) };
}

const listQuery = z.object({
  limit: limitParam,
  /** Keyset paging: epochs strictly older than this one. */
  before: z.coerce
    .number({ message: "before must be an epoch number" })
    .int({ message: "before must be an epoch number" })
    .min(1, { message: "before must be an epoch number" })
    .max(MAX_EPOCH, { message: "before must be an epoch number" })
    .optional(),
  prover: z.string().optional(),
});

const epochParam = z.object({
  epoch: z.coerce
    .number({ message: "epoch must be a whole number" })
    .int({ message: "epoch must be a whole number" })
    .min(1, { message: "epoch must be 1 or more" })
    .max(MAX_EPOCH, { message: `epoch must be at most ${MAX_EPOCH}` }),
});

export const epochRoutes = new Hono()
  // The schedule, the running epoch and one page of set epochs, newest first: each with its total,
  // the cap it was held to and (with `prover`) that prover's part. Totals are the table's; no epoch × prover scan.
  .get("/", async (c) => {
    const query = parseParams(listQuery, c.req.query());
    const proverAddress = query.prover === undefined ? undefined : parseAddress(query.prover, "prover");
    const [{ timestamp: now }, configs, [allTime], page] = await Promise.all([
      chainNow(),
      db.select().from(epochConfig).orderBy(asc(epochConfig.fromEpoch)),
      db.select({ amount: sum(rewardEpoch.amount), epochs: count() }).from(rewardEpoch),
      db
        .select()
        .from(rewardEpoch)
        .where(query.before === undefined ? undefined : lt(rewardEpoch.epoch, query.before))
        .orderBy(desc(rewardEpoch.epoch))
        .limit(query.limit + 1),
    ]);
    const items = page.slice(0, query.limit);
    const newest = items[0]?.epoch;
    const [[newer], own] = await Promise.all([
      newest === undefined
        ? Promise.resolve([{ amount: null }])
        : db
            .select({ amount: sum(rewardEpoch.amount) })
            .from(rewardEpoch)
            .where(gt(rewardEpoch.epoch, newest)),
      proverAddress === undefined || items.length === 0
        ? Promise.resolve([])
        : db
            .select({ epoch: epochProverReward.epoch, amount: epochProverReward.amount })
            .from(epochProverReward)
            .where(
              and(
                eq(epochProverReward.prover, proverAddress),
                inArray(
                  epochProverReward.epoch,
                  items.map((entry) => entry.epoch),
                ),
              ),
            ),
    ]);
    const ownByEpoch = new Map(own.map((row) => [row.epoch, row.amount]));
    // Cumulative counts down from the all-time total less what newer epochs set.
    let cumulative = BigInt(allTime?.amount ?? 0) - BigInt(newer?.amount ?? 0);
    const body: z.input<typeof epochsSchema> = {
      asOf: seconds(now),
      current: currentEpoch(configs, now),
      configs: configs.map((entry) => ({
        fromEpoch: entry.fromEpoch,
        fromTime: seconds(entry.fromTime),
        epochLength: seconds(entry.epochLength),
        maxEpochReward: entry.maxEpochReward.toString(),
      })),
      totals: { epochs: Number(allTime?.epochs ?? 0), amount: String(allTime?.amount ?? 0) },
      items: items.map((entry) => {
        const item = {
          epoch: entry.epoch,
          amount: entry.amount.toString(),
          cumulative: cumulative.toString(),
          maxReward: configOf(configs, entry.epoch)?.maxEpochReward.toString() ?? null,
          submissions: entry.submissions,
          provers: entry.provers,
          window: epochWindow(configs, entry.epoch),
          setAt: seconds(entry.setAt),
          proverAmount: proverAddress === undefined ? null : (ownByEpoch.get(entry.epoch) ?? 0n).toString(),
        };
        cumulative -= entry.amount;
        return item;
      }),
      nextBefore: page.length > query.limit ? (items.at(-1)?.epoch ?? null) : null,
    };
    return c.json(body);
  })
  // One epoch's distribution: every prover it rewarded, largest first, with its name and share.
  .get("/:epoch", async (c) => {
    const { epoch } = parseParams(epochParam, c.req.param());
    const [{ timestamp: now }, [row], configs, rewards] = await Promise.all([
      chainNow(),
      db.select().from(rewardEpoch).where(eq(rewardEpoch.epoch, epoch)),
      db.select().from(epochConfig),
      db
        .select({ prover: epochProverReward.prover, amount: epochProverReward.amount, name: prover.name })
        .from(epochProverReward)
        .leftJoin(prover, eq(prover.address, epochProverReward.prover))
        .where(eq(epochProverReward.epoch, epoch))
        .orderBy(desc(epochProverReward.amount), asc(epochProverReward.prover)),
    ]);
    if (!row) throw new NotFound(`No rewards have been set for epoch ${epoch}.`);
    const body: z.input<typeof epochDetailSchema> = {
      asOf: seconds(now),
      epoch,
      amount: row.amount.toString(),
      maxReward: configOf(configs, epoch)?.maxEpochReward.toString() ?? null,
      submissions: row.submissions,
      window: epochWindow(configs, epoch),
      setAt: seconds(row.setAt),
      rewards: rewards.map((entry) => ({
        prover: entry.prover,
        name: entry.name ?? "",
        amount: entry.amount.toString(),
        shareBps: Number(shareBps(entry.amount, row.amount)),
      })),
    };
    return c.json(body);
  });
