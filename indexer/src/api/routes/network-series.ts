import { db } from "ponder:api";
import { prover, proverDailyReward, slash } from "ponder:schema";
import { Hono } from "hono";
import { and, eq, gte, inArray, lte, sum } from "ponder";
import type { Address } from "viem";
import { z } from "zod";
import type { decentralizationSchema, yieldsSchema } from "../../../../lib/indexer/schemas";
import { shareBps } from "../../../../lib/math/concentration";
import { concentration, medianStake } from "../../../../lib/math/decentralization";
import { type RewardApr, rewardAprBps } from "../../../../lib/math/yield";
import type { ApyVault } from "../../../../lib/provers/apy-rule";
import { JSON_HEADERS, perBlockJson } from "../block-memo";
import { DAY, isoDay, seconds } from "../clock";
import { forEachStakeDay } from "../daily-stakes";
import { parseParams } from "../params";

const STATE_ACTIVE = 1;
/** A prover slashed within this many days is not suggested as a home for new stake. */
const HEALTHY_DAYS = 30;

function daysParam(fallback: number) {
  return z.object({
    days: z.coerce
      .number({ message: "days must be a whole number" })
      .int({ message: "days must be a whole number" })
      .min(1, { message: "days must be between 1 and 365" })
      .max(365, { message: "days must be between 1 and 365" })
      .default(fallback),
  });
}

function metrics(stakes: bigint[]) {
  const figures = concentration(stakes);
  return {
    total: figures.total,
    nakamoto33: figures.nakamoto33,
    nakamoto50: figures.nakamoto50,
    hhiBps: Number(figures.hhiBps),
    giniBps: Number(figures.giniBps),
    top3Bps: Number(figures.top3Bps),
  };
}

export const networkSeriesRoutes = new Hono()
  // Concentration of stake per day (each day's closing stakes of the registered provers), each
  // prover's share now, and the healthy provers below the median where new stake spreads it out.
  .get("/decentralization", async (c) => {
    const { days } = parseParams(daysParam(90), c.req.query());
    return c.body(
      await perBlockJson(`decentralization|${days}`, ({ timestamp: now }) => decentralization(days, now)),
      200,
      JSON_HEADERS,
    );
  })
  // Foundation and market-fee APR per prover and network-wide over the last `days` whole days:
  // what each source paid the vault over the vault's average closing stake on those days.
  .get("/yields", async (c) => {
    const { days } = parseParams(daysParam(30), c.req.query());
    return c.body(await perBlockJson(`yields|${days}`, ({ timestamp: now }) => yields(days, now)), 200, JSON_HEADERS);
  });

async function decentralization(days: number, now: bigint): Promise<z.input<typeof decentralizationSchema>> {
  const lastDay = Number(now / DAY);
  const series: z.input<typeof decentralizationSchema>["daily"] = [];
  await forEachStakeDay(lastDay - days + 1, lastDay, (day, stakes) => {
    const { total, ...figures } = metrics([...stakes.values()]);
    series.push({ day: isoDay(day), provers: stakes.size, totalStake: total.toString(), ...figures });
  });
  const [rows, slashed] = await Promise.all([
    db
      .select({ address: prover.address, name: prover.name, state: prover.state, stake: prover.totalAssets })
      .from(prover)
      .where(eq(prover.retired, false)),
    db
      .selectDistinct({ prover: slash.prover })
      .from(slash)
      .where(gte(slash.timestamp, now - BigInt(HEALTHY_DAYS) * DAY)),
  ]);
  const recentlySlashed = new Set(slashed.map((row) => row.prover));
  const stakes = rows.map((row) => row.stake);
  const { total, ...current } = metrics(stakes);
  const median = medianStake(stakes);
  const provers = rows
    .sort((a, b) => (b.stake > a.stake ? 1 : b.stake < a.stake ? -1 : 0))
    .map((row) => ({
      address: row.address,
      name: row.name,
      state: row.state,
      stake: row.stake.toString(),
      shareBps: Number(shareBps(row.stake, total)),
      recentlySlashed: recentlySlashed.has(row.address),
      suggested: row.state === STATE_ACTIVE && !recentlySlashed.has(row.address) && row.stake < median,
    }));
  const body: z.input<typeof decentralizationSchema> = {
    asOf: seconds(now),
    healthyDays: HEALTHY_DAYS,
    now: { totalStake: total.toString(), medianStake: median.toString(), ...current },
    daily: series,
    provers,
  };
  return body;
}

async function yields(days: number, now: bigint): Promise<z.input<typeof yieldsSchema>> {
  const lastDay = Number(now / DAY) - 1;
  const firstDay = lastDay - days + 1;
  const held = new Map<Address, { stakeDays: bigint; days: number; least: bigint }>();
  let networkStakeDays = 0n;
  let networkLeast: bigint | undefined;
  await forEachStakeDay(firstDay, lastDay, (_day, stakes) => {
    let dayTotal = 0n;
    for (const [address, stake] of stakes) {
      const entry = held.get(address) ?? { stakeDays: 0n, days: 0, least: stake };
      held.set(address, {
        stakeDays: entry.stakeDays + stake,
        days: entry.days + 1,
        least: stake < entry.least ? stake : entry.least,
      });
      dayTotal += stake;
    }
    networkStakeDays += dayTotal;
    if (networkLeast === undefined || dayTotal < networkLeast) networkLeast = dayTotal;
  });
  const [rows, rewards] = await Promise.all([
    db
      .select({
        address: prover.address,
        name: prover.name,
        totalAssets: prover.totalAssets,
        joinedAt: prover.joinedAt,
        shareDecimals: prover.shareDecimals,
        decimalsOffset: prover.decimalsOffset,
      })
      .from(prover)
      .where(eq(prover.retired, false)),
    // Summed by the database: a window holds a row per prover, day and source.
    db
      .select({
        prover: proverDailyReward.prover,
        sourceKind: proverDailyReward.sourceKind,
        amount: sum(proverDailyReward.amount),
      })
      .from(proverDailyReward)
      .where(
        and(
          gte(proverDailyReward.day, firstDay),
          lte(proverDailyReward.day, lastDay),
          inArray(proverDailyReward.sourceKind, ["epoch", "market"]),
        ),
      )
      .groupBy(proverDailyReward.prover, proverDailyReward.sourceKind),
  ]);
  const paid = new Map<Address, { epoch: bigint; market: bigint }>();
  const networkPaid = { epoch: 0n, market: 0n };
  for (const row of rewards) {
    if (row.sourceKind !== "epoch" && row.sourceKind !== "market") continue;
    const amount = BigInt(row.amount ?? 0);
    const entry = paid.get(row.prover) ?? { epoch: 0n, market: 0n };
    entry[row.sourceKind] += amount;
    networkPaid[row.sourceKind] += amount;
    paid.set(row.prover, entry);
  }
  const window = BigInt(days) * DAY;
  const json = (apr: RewardApr) => ("withheld" in apr ? apr : { grossBps: Number(apr.bps) });
  const rates = (earned: { epoch: bigint; market: bigint }, stakeDays: bigint, heldDays: number, vault: ApyVault) => {
    const average = heldDays === 0 ? 0n : stakeDays / BigInt(heldDays);
    return {
      averageStake: average.toString(),
      days: heldDays,
      epochRewards: earned.epoch.toString(),
      marketFees: earned.market.toString(),
      foundationApr: json(rewardAprBps(earned.epoch, average, heldDays, vault, window)),
      marketApr: json(rewardAprBps(earned.market, average, heldDays, vault, window)),
    };
  };
  const assetDecimals = (row: { shareDecimals: number; decimalsOffset: number }) =>
    row.shareDecimals - row.decimalsOffset;
  // The network as one vault: as old as its oldest open vault, as small as its smallest day.
  const oldest = rows.reduce<bigint | null>(
    (joined, row) => (joined === null || row.joinedAt < joined ? row.joinedAt : joined),
    null,
  );
  const networkVault: ApyVault = {
    retired: false,
    totalAssets: rows.reduce((total, row) => total + row.totalAssets, 0n),
    heldInWindow: networkLeast === undefined ? [] : [networkLeast],
    assetDecimals: rows[0] ? assetDecimals(rows[0]) : 0,
    age: oldest === null ? 0n : now - oldest,
  };
  const body: z.input<typeof yieldsSchema> = {
    asOf: seconds(now),
    from: isoDay(firstDay),
    to: isoDay(lastDay),
    network: rates(networkPaid, networkStakeDays, days, networkVault),
    provers: rows.map((row) => {
      const own = held.get(row.address);
      const vault: ApyVault = {
        retired: false,
        totalAssets: row.totalAssets,
        heldInWindow: own ? [own.least] : [],
        assetDecimals: assetDecimals(row),
        age: now - row.joinedAt,
      };
      return {
        address: row.address,
        name: row.name,
        ...rates(paid.get(row.address) ?? { epoch: 0n, market: 0n }, own?.stakeDays ?? 0n, own?.days ?? 0, vault),
      };
    }),
  };
  return body;
}
