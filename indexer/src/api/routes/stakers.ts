import { db } from "ponder:api";
import { network, position, prover, reward, stakeEvent, unstakeRequest } from "ponder:schema";
import { Hono } from "hono";
import { and, desc, eq, gt, inArray } from "ponder";
import { z } from "zod";
import { limitParam, offsetParam } from "../../../../lib/indexer/page-params";
import type { stakerHistorySchema, stakerSchema } from "../../../../lib/indexer/schemas";
import { convertToAssets } from "../../../../lib/math/share-price";
import { annualizedYieldBps } from "../../../../lib/math/yield";
import { unstakeValue } from "../../lib/unstake-value";
import { chainNow, DAY, seconds } from "../clock";
import { parseAddress, parseParams } from "../params";

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

type RewardPart = { reward: RewardRow; part: bigint };

/** Where a row's log sits on the chain: rows are ordered by block, then log index (both ids start "block-logIndex"). */
function logPosition(row: { id: string; blockNumber: bigint }): [bigint, number] {
  return [row.blockNumber, Number(row.id.split("-")[1] ?? 0)];
}

function isBefore(a: [bigint, number], b: [bigint, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function byLogPosition<T extends { id: string; blockNumber: bigint }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (isBefore(logPosition(a), logPosition(b)) ? -1 : 1));
}

/**
 * A holder's part of each reward its vault received while it held shares: toStakers × its
 * shares / the vault's supply at that moment, its shares counted from its own events up to the
 * reward's log. `events` and `rewards` are one prover's; every event of the holder is needed.
 */
function rewardParts(events: StakeEventRow[], rewards: RewardRow[]): RewardPart[] {
  const ordered = byLogPosition(events);
  const parts: RewardPart[] = [];
  let shares = 0n;
  let next = 0;
  for (const entry of byLogPosition(rewards)) {
    const at = logPosition(entry);
    while (next < ordered.length && isBefore(logPosition(ordered[next] as StakeEventRow), at)) {
      const change = ordered[next] as StakeEventRow;
      shares += (SHARE_DELTA[change.kind] ?? 0n) * change.shares;
      next += 1;
    }
    if (entry.totalSupply === 0n || shares <= 0n) continue;
    const part = (entry.toStakers * shares) / entry.totalSupply;
    if (part > 0n) parts.push({ reward: entry, part });
  }
  return parts;
}

function sourceOf(entry: RewardRow): keyof Sources {
  return entry.sourceKind === "market" || entry.sourceKind === "epoch" ? entry.sourceKind : "other";
}

function earningsBySource(parts: RewardPart[], since: bigint): Sources {
  const sources: Sources = { market: 0n, epoch: 0n, other: 0n };
  for (const { reward: entry, part } of parts) if (entry.timestamp > since) sources[sourceOf(entry)] += part;
  return sources;
}

/** Every reward part of a holder across the provers it ever held, from its first event on. */
async function holderRewardParts(events: StakeEventRow[], since: bigint): Promise<RewardPart[]> {
  const provers = [...new Set(events.map((entry) => entry.prover))];
  if (provers.length === 0) return [];
  const rewards = await db
    .select()
    .from(reward)
    .where(and(inArray(reward.prover, provers), gt(reward.timestamp, since)));
  return provers.flatMap((address) =>
    rewardParts(
      events.filter((entry) => entry.prover === address),
      rewards.filter((entry) => entry.prover === address),
    ),
  );
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
    const [positions, events, unstakes, settings] = await Promise.all([
      db
        .select({ position, prover })
        .from(position)
        .innerJoin(prover, eq(prover.address, position.prover))
        .where(eq(position.staker, address))
        .orderBy(desc(position.shares)),
      db.select().from(stakeEvent).where(eq(stakeEvent.staker, address)),
      db
        .select({ request: unstakeRequest, scaleNow: prover.slashingScale })
        .from(unstakeRequest)
        .innerJoin(prover, eq(prover.address, unstakeRequest.prover))
        .where(eq(unstakeRequest.staker, address))
        .orderBy(desc(unstakeRequest.requestedAt)),
      db.select({ unstakeDelay: network.unstakeDelay }).from(network),
    ]);
    const delay = settings[0]?.unstakeDelay ?? 0n;
    const parts = await holderRewardParts(events, since30);
    let earnings7d: Sources = { market: 0n, epoch: 0n, other: 0n };
    let earnings30d: Sources = { market: 0n, epoch: 0n, other: 0n };
    const totals = { value: 0n, costBasis: 0n, withdrawn: 0n, earnings: 0n };
    const items = positions.map(({ position: held, prover: vault }) => {
      const value = convertToAssets(held.shares, vault.totalAssets, vault.totalSupply, vault);
      const earnings = value + held.withdrawn - held.costBasis;
      const ownParts = parts.filter((entry) => entry.reward.prover === vault.address);
      earnings7d = addSources(earnings7d, earningsBySource(ownParts, since7));
      earnings30d = addSources(earnings30d, earningsBySource(ownParts, since30));
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
        proverRetired: vault.retired,
        shares: held.shares.toString(),
        shareDecimals: vault.shareDecimals,
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
      unstakes: unstakes.map(({ request: entry, scaleNow }) => ({
        prover: entry.prover,
        shares: entry.shares.toString(),
        amount: entry.amount.toString(),
        value: (entry.paid ?? unstakeValue(entry.amount, entry.scaleAtRequest, scaleNow)).toString(),
        requestedAt: seconds(entry.requestedAt),
        // The controller waits the delay in force when the request is completed, not when it was made.
        readyAt: seconds(entry.requestedAt + delay),
        status: entry.status === "completed" ? "completed" : "pending",
        completedAt: entry.completedAt === null ? null : seconds(entry.completedAt),
      })),
    };
    return c.json(body);
  })
  .get("/:address/history", async (c) => {
    const address = parseAddress(c.req.param("address"), "staker");
    const query = parseParams(historyQuery, c.req.query());
    const events = await db.select().from(stakeEvent).where(eq(stakeEvent.staker, address));
    const parts = await holderRewardParts(events, -1n);
    type Item = z.input<typeof stakerHistorySchema>["items"][number];
    const rows: { at: [bigint, number]; item: Item }[] = [
      ...events.map((row) => ({
        at: logPosition(row),
        item: {
          prover: row.prover,
          kind: row.kind as Item["kind"],
          source: null,
          shares: row.shares.toString(),
          amount: row.amount.toString(),
          timestamp: seconds(row.timestamp),
          blockNumber: Number(row.blockNumber),
          txHash: row.txHash,
        },
      })),
      ...parts.map(({ reward: row, part }) => ({
        at: logPosition(row),
        item: {
          prover: row.prover,
          kind: "reward" as const,
          source: sourceOf(row),
          shares: "0",
          amount: part.toString(),
          timestamp: seconds(row.timestamp),
          blockNumber: Number(row.blockNumber),
          txHash: row.txHash,
        },
      })),
    ];
    // Newest first; a stake and the reward it follows in one block keep the chain's order reversed.
    rows.sort((a, b) => (isBefore(a.at, b.at) ? 1 : -1));
    const body: z.input<typeof stakerHistorySchema> = {
      items: rows.slice(query.offset, query.offset + query.limit).map((row) => row.item),
      total: rows.length,
      limit: query.limit,
      offset: query.offset,
    };
    return c.json(body);
  });
