import { db } from "ponder:api";
import { position, prover, reward, stakeEvent, unstakeRequest } from "ponder:schema";
import { Hono } from "hono";
import { and, asc, count, desc, eq, gt, inArray } from "ponder";
import { z } from "zod";
import type { stakerHistorySchema, stakerSchema } from "../../../../lib/indexer/schemas";
import { convertToAssets } from "../../../../lib/math/share-price";
import { annualizedYieldBps } from "../../../../lib/math/yield";
import { chainNow, DAY, seconds } from "../clock";
import { limitParam, offsetParam, parseAddress, parseParams } from "../params";

type StakeEventRow = typeof stakeEvent.$inferSelect;
type RewardRow = typeof reward.$inferSelect;
type Sources = { market: bigint; epoch: bigint; other: bigint };

const SHARE_DELTA: Record<string, 1n | -1n | 0n> = {
  stake: 1n,
  transfer_in: 1n,
  unstake_request: -1n,
  transfer_out: -1n,
  unstake_complete: 0n,
};

/**
 * A holder's part of a reward is toStakers × its shares / the vault's supply at that moment; its
 * shares then are today's minus every change made after the reward (walking back in time).
 */
function earningsBySource(
  currentShares: bigint,
  events: StakeEventRow[],
  rewards: RewardRow[],
  since: bigint,
): Sources {
  const sources: Sources = { market: 0n, epoch: 0n, other: 0n };
  const newestFirst = [...events].sort((a, b) => Number(b.blockNumber - a.blockNumber));
  let shares = currentShares;
  let next = 0;
  for (const entry of [...rewards].sort((a, b) => Number(b.blockNumber - a.blockNumber))) {
    if (entry.timestamp <= since) break;
    while (next < newestFirst.length && (newestFirst[next] as StakeEventRow).blockNumber > entry.blockNumber) {
      const change = newestFirst[next] as StakeEventRow;
      shares -= (SHARE_DELTA[change.kind] ?? 0n) * change.shares;
      next += 1;
    }
    if (entry.totalSupply === 0n || shares <= 0n) continue;
    const part = (entry.toStakers * shares) / entry.totalSupply;
    const kind = entry.sourceKind === "market" || entry.sourceKind === "epoch" ? entry.sourceKind : "other";
    sources[kind] += part;
  }
  return sources;
}

function addSources(a: Sources, b: Sources): Sources {
  return { market: a.market + b.market, epoch: a.epoch + b.epoch, other: a.other + b.other };
}

function sourcesJson(sources: Sources) {
  return { market: sources.market.toString(), epoch: sources.epoch.toString(), other: sources.other.toString() };
}

const historyQuery = z.object({ limit: limitParam, offset: offsetParam });

export const stakerRoutes = new Hono()
  .get("/:address", async (c) => {
    const address = parseAddress(c.req.param("address"), "staker");
    const { timestamp: now } = await chainNow();
    const since30 = now - 30n * DAY;
    const since7 = now - 7n * DAY;
    const [positions, events, unstakes] = await Promise.all([
      db
        .select({ position, prover })
        .from(position)
        .innerJoin(prover, eq(prover.address, position.prover))
        .where(eq(position.staker, address))
        .orderBy(desc(position.shares)),
      db.select().from(stakeEvent).where(eq(stakeEvent.staker, address)),
      db
        .select()
        .from(unstakeRequest)
        .where(eq(unstakeRequest.staker, address))
        .orderBy(desc(unstakeRequest.requestedAt)),
    ]);
    const provers = positions.map((row) => row.prover.address);
    const rewards = provers.length
      ? await db
          .select()
          .from(reward)
          .where(and(inArray(reward.prover, provers), gt(reward.timestamp, since30)))
      : [];

    let earnings7d: Sources = { market: 0n, epoch: 0n, other: 0n };
    let earnings30d: Sources = { market: 0n, epoch: 0n, other: 0n };
    const totals = { value: 0n, costBasis: 0n, withdrawn: 0n, earnings: 0n };
    const items = positions.map(({ position: held, prover: vault }) => {
      const value = convertToAssets(held.shares, vault.totalAssets, vault.totalSupply);
      const earnings = value + held.withdrawn - held.costBasis;
      const ownEvents = events.filter((entry) => entry.prover === vault.address);
      const ownRewards = rewards.filter((entry) => entry.prover === vault.address);
      earnings7d = addSources(earnings7d, earningsBySource(held.shares, ownEvents, ownRewards, since7));
      earnings30d = addSources(earnings30d, earningsBySource(held.shares, ownEvents, ownRewards, since30));
      totals.value += value;
      totals.costBasis += held.costBasis;
      totals.withdrawn += held.withdrawn;
      totals.earnings += earnings;
      const heldFor = now - held.firstAt;
      const apy =
        held.costBasis > 0n && heldFor >= DAY
          ? annualizedYieldBps(held.costBasis, value + held.withdrawn, heldFor)
          : null;
      return {
        prover: vault.address,
        proverName: vault.name,
        shares: held.shares.toString(),
        value: value.toString(),
        costBasis: held.costBasis.toString(),
        withdrawn: held.withdrawn.toString(),
        earnings: earnings.toString(),
        apySinceEntryBps: apy === null ? null : Number(apy),
        firstAt: seconds(held.firstAt),
      };
    });
    const body: z.input<typeof stakerSchema> = {
      asOf: seconds(now),
      address,
      positions: items,
      totals: {
        value: totals.value.toString(),
        costBasis: totals.costBasis.toString(),
        withdrawn: totals.withdrawn.toString(),
        earnings: totals.earnings.toString(),
      },
      earnings7d: sourcesJson(earnings7d),
      earnings30d: sourcesJson(earnings30d),
      unstakes: unstakes.map((entry) => ({
        prover: entry.prover,
        shares: entry.shares.toString(),
        amount: entry.amount.toString(),
        requestedAt: seconds(entry.requestedAt),
        readyAt: seconds(entry.readyAt),
        status: entry.status === "completed" ? "completed" : "pending",
        completedAt: entry.completedAt === null ? null : seconds(entry.completedAt),
      })),
    };
    return c.json(body);
  })
  .get("/:address/history", async (c) => {
    const address = parseAddress(c.req.param("address"), "staker");
    const query = parseParams(historyQuery, c.req.query());
    const where = eq(stakeEvent.staker, address);
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(stakeEvent)
        .where(where)
        .orderBy(desc(stakeEvent.blockNumber), asc(stakeEvent.id))
        .limit(query.limit)
        .offset(query.offset),
      db.select({ value: count() }).from(stakeEvent).where(where),
    ]);
    const body: z.input<typeof stakerHistorySchema> = {
      items: rows.map((row) => ({
        prover: row.prover,
        kind: row.kind as z.input<typeof stakerHistorySchema>["items"][number]["kind"],
        shares: row.shares.toString(),
        amount: row.amount.toString(),
        timestamp: seconds(row.timestamp),
        blockNumber: Number(row.blockNumber),
        txHash: row.txHash,
      })),
      total: total?.value ?? 0,
      limit: query.limit,
      offset: query.offset,
    };
    return c.json(body);
  });
