import { db } from "ponder:api";
import { marketStats, network, networkDaily, prover } from "ponder:schema";
import { Hono } from "hono";
import { asc, count, desc, eq, gte, lt, sql, sum } from "ponder";
import { z } from "zod";
import type { networkSchema } from "../../../../lib/indexer/schemas";
import { shareBps } from "../../../../lib/math/concentration";
import { giniFromSums, hhiFromSums, NAKAMOTO_LINES, nakamotoFromPrefixes } from "../../../../lib/math/decentralization";
import { JSON_HEADERS, perBlockJson } from "../block-memo";
import { DAY, isoDay, seconds } from "../clock";
import { currentStatsEpoch } from "../market-stats";
import { parseParams } from "../params";

const query = z.object({
  days: z.coerce
    .number({ message: "days must be a whole number" })
    .int({ message: "days must be a whole number" })
    .min(1, { message: "days must be between 1 and 365" })
    .max(365, { message: "days must be between 1 and 365" })
    .default(30),
});

type DailyRow = typeof networkDaily.$inferSelect;
const FLOWS_ZERO = {
  staked: 0n,
  unstaked: 0n,
  marketFees: 0n,
  epochRewards: 0n,
  otherRewards: 0n,
  commission: 0n,
  requests: 0,
  fulfilled: 0,
  refunded: 0,
  slashed: 0n,
};

/** One row per day from `firstDay` to `lastDay`; a quiet day keeps the previous day's gauges. */
function fillDays(rows: DailyRow[], firstDay: number, lastDay: number, before: DailyRow | undefined): DailyRow[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  let gauges = before ?? { tvl: 0n, activeProvers: 0, stakers: 0 };
  const days: DailyRow[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const row = byDay.get(day);
    if (row) gauges = row;
    days.push(
      row ?? { day, tvl: gauges.tvl, activeProvers: gauges.activeProvers, stakers: gauges.stakers, ...FLOWS_ZERO },
    );
  }
  return days;
}

/** A database sum arrives as a decimal string, or null over no rows. */
const big = (value: string | number | null | undefined) => BigInt(value ?? 0);

const TOP_N = 3;

/**
 * The open vaults' totals and concentration, summed by the database in one pass (window sums
 * rank the vaults) so a request reads one row however many provers there are.
 */
async function openVaultFigures() {
  const ranked = db
    .select({
      assets: sql<string>`${prover.totalAssets}`.as("assets"),
      pendingUnstake: sql<string>`${prover.pendingUnstake}`.as("pending_unstake"),
      stakers: sql<number>`${prover.stakers}`.as("stakers"),
      ascRank: sql<string>`row_number() over (order by ${prover.totalAssets} asc)`.as("asc_rank"),
      descRank: sql<string>`row_number() over (order by ${prover.totalAssets} desc)`.as("desc_rank"),
      running:
        sql<string>`sum(${prover.totalAssets}) over (order by ${prover.totalAssets} desc rows between unbounded preceding and current row)`.as(
          "running",
        ),
      grand: sql<string>`sum(${prover.totalAssets}) over ()`.as("grand"),
    })
    .from(prover)
    .where(eq(prover.retired, false))
    .as("ranked");
  const below = (thresholdBps: bigint) =>
    sql<string>`count(*) filter (where ${ranked.running} * 10000 <= ${ranked.grand} * ${thresholdBps.toString()}::numeric)`;
  const [row] = await db
    .select({
      count: count(),
      total: sum(ranked.assets),
      sumOfSquares: sql<string>`sum(${ranked.assets} * ${ranked.assets})`,
      rankWeighted: sql<string>`sum(${ranked.ascRank} * ${ranked.assets})`,
      top: sql<string>`sum(${ranked.assets}) filter (where ${ranked.descRank} <= ${TOP_N})`,
      pendingUnstake: sum(ranked.pendingUnstake),
      stakerPositions: sum(ranked.stakers),
      below33: below(NAKAMOTO_LINES.nakamoto33),
      below50: below(NAKAMOTO_LINES.nakamoto50),
    })
    .from(ranked);
  const total = big(row?.total);
  return {
    pendingUnstake: big(row?.pendingUnstake),
    stakerPositions: Number(big(row?.stakerPositions)),
    decentralization: {
      nakamoto33: nakamotoFromPrefixes(total, Number(big(row?.below33)), NAKAMOTO_LINES.nakamoto33),
      nakamoto50: nakamotoFromPrefixes(total, Number(big(row?.below50)), NAKAMOTO_LINES.nakamoto50),
      hhiBps: Number(hhiFromSums(total, big(row?.sumOfSquares))),
      giniBps: Number(giniFromSums(big(row?.count), total, big(row?.rankWeighted))),
      top3Bps: Number(shareBps(big(row?.top), total)),
    },
  };
}

/** Each flow summed over the days from `firstDay` on. */
async function flowsSince(firstDay: number) {
  const [row] = await db
    .select({
      marketFees: sum(networkDaily.marketFees),
      epochRewards: sum(networkDaily.epochRewards),
      otherRewards: sum(networkDaily.otherRewards),
      commission: sum(networkDaily.commission),
      requests: sum(networkDaily.requests),
      fulfilled: sum(networkDaily.fulfilled),
      refunded: sum(networkDaily.refunded),
    })
    .from(networkDaily)
    .where(gte(networkDaily.day, firstDay));
  return {
    marketFees: big(row?.marketFees).toString(),
    epochRewards: big(row?.epochRewards).toString(),
    otherRewards: big(row?.otherRewards).toString(),
    commission: big(row?.commission).toString(),
    requests: Number(big(row?.requests)),
    fulfilled: Number(big(row?.fulfilled)),
    refunded: Number(big(row?.refunded)),
  };
}

export const networkRoutes = new Hono().get("/", async (c) => {
  const { days } = parseParams(query, c.req.query());
  return c.body(await perBlockJson(`network|${days}`, ({ timestamp: now }) => overview(days, now)), 200, JSON_HEADERS);
});

async function overview(days: number, now: bigint): Promise<z.input<typeof networkSchema>> {
  const lastDay = Number(now / DAY);
  const firstDay = lastDay - days + 1;
  const [[totals], vaults, rows, [before], last30d, [market], statsEpoch] = await Promise.all([
    db.select().from(network),
    openVaultFigures(),
    db.select().from(networkDaily).where(gte(networkDaily.day, firstDay)).orderBy(asc(networkDaily.day)),
    // The gauges of the last day with activity before the window carry into its quiet first days.
    db.select().from(networkDaily).where(lt(networkDaily.day, firstDay)).orderBy(desc(networkDaily.day)).limit(1),
    flowsSince(lastDay - 29),
    db
      .select({
        requests: sum(marketStats.requests),
        fulfilled: sum(marketStats.fulfilled),
        fees: sum(marketStats.fees),
      })
      .from(marketStats),
    currentStatsEpoch(),
  ]);
  const tvl = totals?.totalAssets ?? 0n;
  const body: z.input<typeof networkSchema> = {
    asOf: seconds(now),
    totals: {
      tvl: tvl.toString(),
      pendingUnstake: vaults.pendingUnstake.toString(),
      slashableAssets: (tvl + vaults.pendingUnstake).toString(),
      provers: totals?.provers ?? 0,
      activeProvers: totals?.activeProvers ?? 0,
      stakers: totals?.stakers ?? 0,
      stakerPositions: vaults.stakerPositions,
    },
    market: {
      requests: Number(big(market?.requests)),
      fulfilled: Number(big(market?.fulfilled)),
      fees: big(market?.fees).toString(),
      statsEpoch: statsEpoch.id,
      statsEpochStartAt: statsEpoch.startAt === null ? null : seconds(statsEpoch.startAt),
    },
    decentralization: vaults.decentralization,
    last30d,
    daily: fillDays(rows, firstDay, lastDay, before).map((row) => ({
      day: isoDay(row.day),
      tvl: row.tvl.toString(),
      activeProvers: row.activeProvers,
      stakers: row.stakers,
      staked: row.staked.toString(),
      unstaked: row.unstaked.toString(),
      marketFees: row.marketFees.toString(),
      epochRewards: row.epochRewards.toString(),
      otherRewards: row.otherRewards.toString(),
      requests: row.requests,
      fulfilled: row.fulfilled,
      refunded: row.refunded,
      slashed: row.slashed.toString(),
    })),
  };
  return body;
}
