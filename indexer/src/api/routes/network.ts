import { db } from "ponder:api";
import { marketStats, network, networkDaily, prover } from "ponder:schema";
import { Hono } from "hono";
import { asc, eq, gte } from "ponder";
import { z } from "zod";
import type { networkSchema } from "../../../../lib/indexer/schemas";
import { gini, hhi, nakamotoCoefficient, topShareBps } from "../../../../lib/math/decentralization";
import { chainNow, DAY, isoDay, seconds } from "../clock";
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

export const networkRoutes = new Hono().get("/", async (c) => {
  const { days } = parseParams(query, c.req.query());
  const { timestamp: now } = await chainNow();
  const lastDay = Number(now / DAY);
  const firstDay = lastDay - days + 1;
  const window30 = lastDay - 29;
  const since = Math.min(firstDay, window30) - 1;
  const [[totals], stakes, rows, marketEpochs, statsEpoch] = await Promise.all([
    db.select().from(network),
    db
      .select({ totalAssets: prover.totalAssets, pendingUnstake: prover.pendingUnstake, stakers: prover.stakers })
      .from(prover)
      .where(eq(prover.retired, false)),
    db.select().from(networkDaily).where(gte(networkDaily.day, since)).orderBy(asc(networkDaily.day)),
    db.select().from(marketStats),
    currentStatsEpoch(),
  ]);
  const before = rows.filter((row) => row.day < Math.min(firstDay, window30)).pop();
  const recent = rows.filter((row) => row.day >= window30);
  const sum = <K extends keyof typeof FLOWS_ZERO>(key: K) =>
    recent.reduce((total, row) => total + BigInt(row[key] ?? 0), 0n);
  const vaults = stakes.map((row) => row.totalAssets);
  const tvl = totals?.totalAssets ?? 0n;
  const pendingUnstake = stakes.reduce((total, row) => total + row.pendingUnstake, 0n);
  const body: z.input<typeof networkSchema> = {
    asOf: seconds(now),
    totals: {
      tvl: tvl.toString(),
      pendingUnstake: pendingUnstake.toString(),
      slashableAssets: (tvl + pendingUnstake).toString(),
      provers: totals?.provers ?? 0,
      activeProvers: totals?.activeProvers ?? 0,
      stakers: totals?.stakers ?? 0,
      stakerPositions: stakes.reduce((total, row) => total + row.stakers, 0),
    },
    market: {
      requests: marketEpochs.reduce((total, row) => total + row.requests, 0),
      fulfilled: marketEpochs.reduce((total, row) => total + row.fulfilled, 0),
      fees: marketEpochs.reduce((total, row) => total + row.fees, 0n).toString(),
      statsEpoch: statsEpoch.id,
      statsEpochStartAt: statsEpoch.startAt === null ? null : seconds(statsEpoch.startAt),
    },
    decentralization: {
      nakamoto33: nakamotoCoefficient(vaults, 3_333n),
      nakamoto50: nakamotoCoefficient(vaults, 5_000n),
      hhiBps: Number(hhi(vaults)),
      giniBps: Number(gini(vaults)),
      top3Bps: Number(topShareBps(vaults, 3)),
    },
    last30d: {
      marketFees: sum("marketFees").toString(),
      epochRewards: sum("epochRewards").toString(),
      otherRewards: sum("otherRewards").toString(),
      commission: sum("commission").toString(),
      requests: Number(sum("requests")),
      fulfilled: Number(sum("fulfilled")),
      refunded: Number(sum("refunded")),
    },
    daily: fillDays(
      rows.filter((row) => row.day >= firstDay),
      firstDay,
      lastDay,
      before,
    ).map((row) => ({
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
  return c.json(body);
});
