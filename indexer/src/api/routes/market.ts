import { db } from "ponder:api";
import { marketStats, network, request, slash, statsEpoch } from "ponder:schema";
import { Hono } from "hono";
import { and, asc, count, desc, eq, gte, inArray, lt, sql, sum } from "ponder";
import { z } from "zod";
import type { marketSchema } from "../../../../lib/indexer/schemas";
import { REQUEST_PHASES, type RequestPhase } from "../../../../lib/market/phase";
import { chainNow, DAY, isoDay, seconds, windowDays } from "../clock";
import { parseParams, windowParam } from "../params";
import { phaseFilter, phasesNow } from "./requests";

const marketQuery = z.object({ window: windowParam.default("30d") });
/** The programs the fee table lists, busiest first. */
const PROGRAMS = 20;
/** Stats epochs are scheduled by hand, a few a month: the latest this many. */
const STATS_EPOCHS = 100;

/** A SQL sum as a bigint (Postgres sums numerics as text; nothing summed is null). */
const wei = (value: string | null | undefined) => BigInt(value ?? "0");
const dayOf = (column: typeof request.settledAt | typeof slash.timestamp) => sql<string>`floor(${column} / 86400)`;
const percentile = (share: number) =>
  sql<string>`percentile_disc(${sql.raw(String(share))}) within group (order by ${request.actualFee})`;

async function phaseCounts(now: bigint) {
  const durations = await phasesNow();
  const counts = await Promise.all(
    REQUEST_PHASES.map(async (phase) => {
      const [row] = await db
        .select({ value: count() })
        .from(request)
        .where(phaseFilter(phase, durations, now));
      return [phase, row?.value ?? 0] as const;
    }),
  );
  return { durations, counts: Object.fromEntries(counts) as Record<RequestPhase, number> };
}

async function dailySeries(from: bigint) {
  const fulfilledSince = and(eq(request.status, "fulfilled"), gte(request.settledAt, from));
  const [fees, refunds, slashes] = await Promise.all([
    db
      .select({
        day: dayOf(request.settledAt),
        paid: sum(request.actualFee),
        protocolFee: sum(request.protocolFee),
        fulfilled: count(),
      })
      .from(request)
      .where(fulfilledSince)
      .groupBy(dayOf(request.settledAt))
      .orderBy(asc(dayOf(request.settledAt))),
    db
      .select({ day: dayOf(request.settledAt), refunded: count() })
      .from(request)
      .where(and(inArray(request.status, ["refunded", "slashed"]), gte(request.settledAt, from)))
      .groupBy(dayOf(request.settledAt)),
    db
      .select({ day: dayOf(slash.timestamp), slashed: count(), amount: sum(slash.amount) })
      .from(slash)
      .where(and(eq(slash.kind, "market"), gte(slash.timestamp, from)))
      .groupBy(dayOf(slash.timestamp)),
  ]);
  const outcomes = new Map<number, { refunded: number; slashed: number; slashedAmount: bigint }>();
  const outcome = (day: string) => {
    const key = Number(day);
    const row = outcomes.get(key) ?? { refunded: 0, slashed: 0, slashedAmount: 0n };
    outcomes.set(key, row);
    return row;
  };
  for (const row of refunds) outcome(row.day).refunded = row.refunded;
  for (const row of slashes) Object.assign(outcome(row.day), { slashed: row.slashed, slashedAmount: wei(row.amount) });
  return {
    feesDaily: fees.map((row) => ({
      day: isoDay(Number(row.day)),
      proverRewards: (wei(row.paid) - wei(row.protocolFee)).toString(),
      protocolFee: wei(row.protocolFee).toString(),
      fulfilled: row.fulfilled,
    })),
    outcomesDaily: [...outcomes.entries()]
      .sort(([a], [b]) => a - b)
      .map(([day, row]) => ({ day: isoDay(day), ...row, slashedAmount: row.slashedAmount.toString() })),
  };
}

async function programFees(from: bigint) {
  const fulfilled = count();
  const rows = await db
    .select({
      vk: request.vk,
      fulfilled,
      p10: percentile(0.1),
      p25: percentile(0.25),
      median: percentile(0.5),
      p75: percentile(0.75),
      p90: percentile(0.9),
    })
    .from(request)
    .where(and(eq(request.status, "fulfilled"), gte(request.createdAt, from)))
    .groupBy(request.vk)
    .orderBy(desc(fulfilled), asc(request.vk))
    .limit(PROGRAMS);
  return rows.map(({ vk, fulfilled: n, ...fees }) => ({
    vk,
    fulfilled: n,
    fees: Object.fromEntries(Object.entries(fees).map(([name, fee]) => [name, wei(fee).toString()])) as Record<
      keyof typeof fees,
      string
    >,
  }));
}

/** Auctions created since `from` whose reveal phase is over at `now`: every bid that could be revealed was. */
async function auctionFigures(from: bigint, revealOverBefore: bigint) {
  const since = gte(request.createdAt, from);
  const [[closed], [fulfilled]] = await Promise.all([
    db
      .select({ closed: count(), bidders: sum(request.bids), revealed: sum(request.reveals) })
      .from(request)
      .where(and(since, lt(request.createdAt, revealOverBefore))),
    db
      .select({
        fulfilled: count(),
        maxFees: sum(request.maxFee),
        paid: sum(request.actualFee),
        premium: sum(sql`${request.actualFee} - ${request.winnerFee}`),
      })
      .from(request)
      .where(and(since, eq(request.status, "fulfilled"))),
  ]);
  return {
    closed: closed?.closed ?? 0,
    bidders: Number(closed?.bidders ?? 0),
    revealed: Number(closed?.revealed ?? 0),
    fulfilled: fulfilled?.fulfilled ?? 0,
    maxFees: wei(fulfilled?.maxFees).toString(),
    paid: wei(fulfilled?.paid).toString(),
    secondPricePremium: wei(fulfilled?.premium).toString(),
  };
}

async function allTimeTotals() {
  const byStatus = (status: string) => eq(request.status, status);
  const [[fees], [refunded], [slashed]] = await Promise.all([
    db
      .select({ fulfilled: count(), paid: sum(request.actualFee), protocolFee: sum(request.protocolFee) })
      .from(request)
      .where(byStatus("fulfilled")),
    db
      .select({ value: count() })
      .from(request)
      .where(inArray(request.status, ["refunded", "slashed"])),
    db.select({ value: count() }).from(request).where(byStatus("slashed")),
  ]);
  return {
    proverRewards: (wei(fees?.paid) - wei(fees?.protocolFee)).toString(),
    protocolFee: wei(fees?.protocolFee).toString(),
    fulfilled: fees?.fulfilled ?? 0,
    refunded: refunded?.value ?? 0,
    slashed: slashed?.value ?? 0,
  };
}

async function statsEpochs() {
  const [[current], epochs, counters] = await Promise.all([
    db.select({ id: network.statsEpoch }).from(network),
    db.select().from(statsEpoch).orderBy(desc(statsEpoch.id)).limit(STATS_EPOCHS),
    db.select().from(marketStats),
  ]);
  const byEpoch = new Map(counters.map((row) => [row.statsEpoch, row]));
  return {
    current: current?.id ?? 0,
    items: epochs.map((epoch) => {
      const row = byEpoch.get(epoch.id);
      return {
        id: epoch.id,
        startAt: seconds(epoch.startAt),
        endAt: epoch.endAt === null ? null : seconds(epoch.endAt),
        requests: row?.requests ?? 0,
        fulfilled: row?.fulfilled ?? 0,
        fees: (row?.fees ?? 0n).toString(),
      };
    }),
  };
}

export const marketRoutes = new Hono().get("/", async (c) => {
  const { window } = parseParams(marketQuery, c.req.query());
  const { timestamp: now } = await chainNow();
  const days = windowDays(window);
  const from = days === null ? 0n : (now / DAY - days + 1n) * DAY;
  const [phases, daily, programs, totals, epochs] = await Promise.all([
    phaseCounts(now),
    dailySeries(from),
    programFees(from),
    allTimeTotals(),
    statsEpochs(),
  ]);
  const revealOverBefore = now - phases.durations.bidding - phases.durations.reveal;
  const body: z.input<typeof marketSchema> = {
    asOf: seconds(now),
    window,
    from: seconds(from),
    phases: { bidding: seconds(phases.durations.bidding), reveal: seconds(phases.durations.reveal) },
    phaseCounts: phases.counts,
    ...daily,
    programs,
    auctions: await auctionFigures(from, revealOverBefore),
    totals,
    statsEpochs: epochs,
  };
  return c.json(body);
});
