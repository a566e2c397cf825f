import { db } from "ponder:api";
import { commissionOverride, position, prover, proverStats, reward, vaultSnapshot } from "ponder:schema";
import { and, asc, desc, eq, gt, gte, inArray, lte, min, sql, sum } from "ponder";
import type { z } from "zod";
import type { proverSummarySchema } from "../../../lib/indexer/schemas";
import { reliabilityBps } from "../../../lib/math/reliability";
import { convertToAssets } from "../../../lib/math/share-price";
import { annualizedYieldBps, grossFromNet } from "../../../lib/math/yield";
import { apyWithheld } from "../../../lib/provers/apy-rule";
import { chainNow, DAY, seconds } from "./clock";
import { currentStatsEpoch, overdueCounts, successRateBps } from "./market-stats";

export type ProverSummaryJson = z.input<typeof proverSummarySchema>;
type ProverRow = typeof prover.$inferSelect;

type PricePoint = { sharePrice: bigint; totalAssets: bigint; timestamp: bigint };

/** Rows of the provers' current lives: an address that registered again starts its figures over. */
function ofCurrentLife(
  addresses: readonly `0x${string}`[],
  column: typeof vaultSnapshot.prover | typeof reward.prover,
  block: typeof vaultSnapshot.blockNumber | typeof reward.blockNumber,
) {
  return and(inArray(column, [...addresses]), gte(block, prover.joinedBlock));
}

/** Each vault's share price as it stood at `at` (its first snapshot when it is younger). */
async function pricesAt(addresses: readonly `0x${string}`[], at: bigint): Promise<Map<string, PricePoint>> {
  const columns = {
    prover: vaultSnapshot.prover,
    sharePrice: vaultSnapshot.sharePrice,
    totalAssets: vaultSnapshot.totalAssets,
    timestamp: vaultSnapshot.timestamp,
  };
  const ofLife = ofCurrentLife(addresses, vaultSnapshot.prover, vaultSnapshot.blockNumber);
  const [before, first] = await Promise.all([
    db
      .selectDistinctOn([vaultSnapshot.prover], columns)
      .from(vaultSnapshot)
      .innerJoin(prover, eq(prover.address, vaultSnapshot.prover))
      .where(and(ofLife, lte(vaultSnapshot.timestamp, at)))
      .orderBy(vaultSnapshot.prover, desc(vaultSnapshot.blockNumber), desc(vaultSnapshot.logIndex)),
    db
      .selectDistinctOn([vaultSnapshot.prover], columns)
      .from(vaultSnapshot)
      .innerJoin(prover, eq(prover.address, vaultSnapshot.prover))
      .where(ofLife)
      .orderBy(vaultSnapshot.prover, asc(vaultSnapshot.blockNumber), asc(vaultSnapshot.logIndex)),
  ]);
  const prices = new Map<string, PricePoint>();
  for (const row of first) prices.set(row.prover, row);
  for (const row of before) prices.set(row.prover, row);
  return prices;
}

/** Σ amount and Σ toStakers per prover since `since`: the ratio turns the stakers' yield into gross. */
async function rewardSumsSince(addresses: readonly `0x${string}`[], since: bigint) {
  const rows = await db
    .select({
      prover: reward.prover,
      sourceKind: reward.sourceKind,
      amount: sum(reward.amount),
      toStakers: sum(reward.toStakers),
    })
    .from(reward)
    .innerJoin(prover, eq(prover.address, reward.prover))
    .where(and(ofCurrentLife(addresses, reward.prover, reward.blockNumber), gt(reward.timestamp, since)))
    .groupBy(reward.prover, reward.sourceKind);
  const sums = new Map<string, { amount: bigint; toStakers: bigint; market: bigint }>();
  for (const row of rows) {
    const entry = sums.get(row.prover) ?? { amount: 0n, toStakers: 0n, market: 0n };
    const amount = BigInt(row.amount ?? 0);
    entry.amount += amount;
    entry.toStakers += BigInt(row.toStakers ?? 0);
    if (row.sourceKind === "market") entry.market += amount;
    sums.set(row.prover, entry);
  }
  return sums;
}

/** The least each vault held after `since` (snapshots of its current life). */
async function smallestAssetsSince(addresses: readonly `0x${string}`[], since: bigint): Promise<Map<string, bigint>> {
  const rows = await db
    .select({ prover: vaultSnapshot.prover, smallest: min(vaultSnapshot.totalAssets) })
    .from(vaultSnapshot)
    .innerJoin(prover, eq(prover.address, vaultSnapshot.prover))
    .where(
      and(
        ofCurrentLife(addresses, vaultSnapshot.prover, vaultSnapshot.blockNumber),
        gt(vaultSnapshot.timestamp, since),
      ),
    )
    .groupBy(vaultSnapshot.prover);
  return new Map(rows.map((row) => [row.prover, BigInt(row.smallest ?? 0)]));
}

type Window = {
  seconds: bigint;
  start: PricePoint | undefined;
  /** The least the vault held inside the window, when it changed there. */
  smallestInside: bigint | undefined;
  sums: { amount: bigint; toStakers: bigint } | undefined;
};

/**
 * Net APY is what a holder got: the share price's change over the window, annualized (rewards
 * arrive net of commission). Gross adds the commission back: net × Σ rewards / Σ to stakers.
 * Withheld, with the reason, when the vault is too young, too small or retired to mean anything.
 */
function windowApy(row: ProverRow, now: bigint, window: Window): ProverSummaryJson["apy7d"] {
  const { start } = window;
  const withheld = apyWithheld(
    {
      retired: row.retired,
      totalAssets: row.totalAssets,
      heldInWindow: [start?.totalAssets, window.smallestInside].filter((held) => held !== undefined),
      assetDecimals: row.shareDecimals - row.decimalsOffset,
      age: now - row.joinedAt,
    },
    window.seconds,
  );
  if (withheld) return { withheld };
  const net = start ? annualizedYieldBps(start.sharePrice, row.sharePrice, now - start.timestamp) : null;
  if (net === null) return { withheld: "empty" };
  const gross = window.sums ? grossFromNet(net, window.sums.amount, window.sums.toStakers) : net;
  return { grossBps: Number(gross), netBps: Number(net) };
}

/** Everything the directory shows per prover, computed for a set of prover rows at once. */
export async function summarizeProvers(
  rows: readonly ProverRow[],
): Promise<{ asOf: bigint; items: ProverSummaryJson[] }> {
  const { timestamp: now } = await chainNow();
  if (rows.length === 0) return { asOf: now, items: [] };
  const addresses = rows.map((row) => row.address);
  const stats = await currentStatsEpoch();
  const [prices7, prices30, sums7, sums30, smallest7, smallest30, overrides, selfPositions, overdue, recent] =
    await Promise.all([
      pricesAt(addresses, now - 7n * DAY),
      pricesAt(addresses, now - 30n * DAY),
      rewardSumsSince(addresses, now - 7n * DAY),
      rewardSumsSince(addresses, now - 30n * DAY),
      smallestAssetsSince(addresses, now - 7n * DAY),
      smallestAssetsSince(addresses, now - 30n * DAY),
      db.select().from(commissionOverride).where(inArray(commissionOverride.prover, addresses)),
      db
        .select({ prover: position.prover, shares: position.shares })
        .from(position)
        // Both sides named: keyed by prover alone the scan would read every staker's position.
        .where(
          and(
            inArray(position.prover, addresses),
            inArray(position.staker, addresses),
            eq(position.staker, sql`${position.prover}`),
          ),
        ),
      overdueCounts(addresses, now),
      db
        .select()
        .from(proverStats)
        .where(and(inArray(proverStats.prover, addresses), eq(proverStats.statsEpoch, stats.id))),
    ]);
  const recentOf = new Map(recent.map((entry) => [entry.prover, entry]));
  const selfShares = new Map(selfPositions.map((row) => [row.prover, row.shares]));
  const items = rows.map((row): ProverSummaryJson => {
    const self = selfShares.get(row.address) ?? 0n;
    const missed = overdue.get(row.address) ?? 0;
    const inEpoch = recentOf.get(row.address);
    return {
      address: row.address,
      vault: row.vault,
      name: row.name,
      iconUrl: row.iconUrl,
      state: row.state,
      retired: row.retired,
      retiredAt: row.retiredAt === null ? null : seconds(row.retiredAt),
      life: row.life,
      joinedAt: seconds(row.joinedAt),
      defaultCommissionBps: row.defaultCommissionBps,
      commissionOverrides: overrides
        .filter((entry) => entry.prover === row.address)
        .map((entry) => ({ source: entry.source, sourceKind: entry.sourceKind, rateBps: entry.rateBps })),
      totalAssets: row.totalAssets.toString(),
      pendingUnstake: row.pendingUnstake.toString(),
      slashableAssets: (row.totalAssets + row.pendingUnstake).toString(),
      slashingScaleBps: row.slashingScale,
      totalSupply: row.totalSupply.toString(),
      shareDecimals: row.shareDecimals,
      sharePrice: row.sharePrice.toString(),
      selfStake: convertToAssets(self, row.totalAssets, row.totalSupply, row).toString(),
      boundStake: row.assignedStake.toString(),
      stakers: row.stakers,
      apy7d: windowApy(row, now, {
        seconds: 7n * DAY,
        start: prices7.get(row.address),
        smallestInside: smallest7.get(row.address),
        sums: sums7.get(row.address),
      }),
      apy30d: windowApy(row, now, {
        seconds: 30n * DAY,
        start: prices30.get(row.address),
        smallestInside: smallest30.get(row.address),
        sums: sums30.get(row.address),
      }),
      rewards: {
        market: row.rewardsMarket.toString(),
        epoch: row.rewardsEpoch.toString(),
        other: row.rewardsOther.toString(),
        toStakers: row.toStakers.toString(),
        commission: row.commissionAccrued.toString(),
      },
      fees30d: (sums30.get(row.address)?.market ?? 0n).toString(),
      reliability: {
        bids: row.bids,
        reveals: row.reveals,
        wins: row.wins,
        fulfilled: row.fulfilled,
        failed: row.failed,
        overdue: missed,
        successRateBps: successRateBps(row.fulfilled, row.failed, missed),
        lowerBoundBps: reliabilityBps(row.fulfilled, row.fulfilled + row.failed + missed),
      },
      recentStats: {
        statsEpoch: stats.id,
        startAt: stats.startAt === null ? null : seconds(stats.startAt),
        bids: inEpoch?.bids ?? 0,
        reveals: inEpoch?.reveals ?? 0,
        fulfilled: inEpoch?.fulfilled ?? 0,
        refunded: inEpoch?.refunded ?? 0,
        feeReceived: (inEpoch?.feeReceived ?? 0n).toString(),
      },
      slashes: row.slashes,
      slashedAmount: row.slashedAmount.toString(),
      lastActiveAt: row.lastActiveAt === null ? null : seconds(row.lastActiveAt),
    };
  });
  return { asOf: now, items };
}
