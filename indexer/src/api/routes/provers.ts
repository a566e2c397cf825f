import { db } from "ponder:api";
import {
  commissionChange,
  profileChange,
  prover,
  proverDailyReward,
  proverStateChange,
  slash,
  submitter,
  vaultSnapshot,
} from "ponder:schema";
import { Hono } from "hono";
import { and, asc, desc, eq, gt, lte } from "ponder";
import { z } from "zod";
import type { proverDetailSchema, proverListSchema, proverSeriesSchema } from "../../../../lib/indexer/schemas";
import { annualizedYieldBps } from "../../../../lib/math/yield";
import { chainNow, DAY, isoDay, seconds } from "../clock";
import { limitParam, NotFound, offsetParam, parseAddress, parseParams, windowParam } from "../params";
import { type ProverSummaryJson, summarizeProvers } from "../prover-summaries";

type Json<T extends z.ZodType> = z.input<T>;

const SORT_KEYS = {
  stake: (p: ProverSummaryJson) => BigInt(p.totalAssets),
  apy7d: (p: ProverSummaryJson) => BigInt(p.apy7d?.netBps ?? Number.MIN_SAFE_INTEGER),
  apy30d: (p: ProverSummaryJson) => BigInt(p.apy30d?.netBps ?? Number.MIN_SAFE_INTEGER),
  commission: (p: ProverSummaryJson) => BigInt(p.defaultCommissionBps),
  reliability: (p: ProverSummaryJson) => BigInt(p.reliability.lowerBoundBps),
  stakers: (p: ProverSummaryJson) => BigInt(p.stakers),
  fees30d: (p: ProverSummaryJson) => BigInt(p.fees30d),
  bound: (p: ProverSummaryJson) => BigInt(p.boundStake),
  joined: (p: ProverSummaryJson) => BigInt(p.joinedAt),
  lastActive: (p: ProverSummaryJson) => BigInt(p.lastActiveAt ?? 0),
} as const;
const SORTS = Object.keys(SORT_KEYS) as [keyof typeof SORT_KEYS, ...(keyof typeof SORT_KEYS)[]];
const STATES = { active: 1, deactivated: 2, jailed: 3 } as const;

const listQuery = z.object({
  sort: z.enum(SORTS, { message: `sort must be one of ${SORTS.join(", ")}` }).default("stake"),
  order: z.enum(["asc", "desc"], { message: "order must be asc or desc" }).default("desc"),
  state: z
    .enum(["all", "active", "deactivated", "jailed"], { message: "state must be all, active, deactivated or jailed" })
    .default("all"),
  q: z.string().max(128, { message: "q must be at most 128 characters" }).optional(),
  limit: limitParam,
  offset: offsetParam,
});

/**
 * Summaries change only when a block is indexed: every request for the same block shares one
 * computation (the directory is read far more often than blocks arrive).
 */
let memo: { block: bigint; summaries: Promise<Awaited<ReturnType<typeof summarizeProvers>>> } | null = null;
async function allSummaries() {
  const { blockNumber } = await chainNow();
  if (!memo || memo.block !== blockNumber) {
    const summaries = db.select().from(prover).then(summarizeProvers);
    memo = { block: blockNumber, summaries };
    summaries.catch(() => {
      if (memo?.summaries === summaries) memo = null;
    });
  }
  return memo.summaries;
}

function matches(item: ProverSummaryJson, query: z.output<typeof listQuery>): boolean {
  if (query.state !== "all" && item.state !== STATES[query.state]) return false;
  if (!query.q) return true;
  const needle = query.q.trim().toLowerCase();
  return item.name.toLowerCase().includes(needle) || item.address.toLowerCase().includes(needle);
}

async function findProver(address: string) {
  const [row] = await db
    .select()
    .from(prover)
    .where(eq(prover.address, parseAddress(address, "prover")));
  if (!row) throw new NotFound(`No prover ${address} has been indexed.`);
  return row;
}

const WINDOW_DAYS = { "7d": 7n, "30d": 30n, "90d": 90n, all: null } as const;
/** Enough points for a chart, few enough for a phone. */
const MAX_POINTS = 400;

export const proverRoutes = new Hono()
  .get("/", async (c) => {
    const query = parseParams(listQuery, c.req.query());
    const { asOf, items } = await allSummaries();
    const key = SORT_KEYS[query.sort];
    const direction = query.order === "asc" ? 1 : -1;
    const filtered = items
      .filter((item) => matches(item, query))
      .sort((a, b) => {
        const left = key(a);
        const right = key(b);
        if (left !== right) return left < right ? -direction : direction;
        return a.address < b.address ? -1 : 1;
      });
    const body: Json<typeof proverListSchema> = {
      asOf: seconds(asOf),
      items: filtered.slice(query.offset, query.offset + query.limit),
      total: filtered.length,
      limit: query.limit,
      offset: query.offset,
    };
    return c.json(body);
  })
  .get("/:address", async (c) => {
    const row = await findProver(c.req.param("address"));
    const [{ asOf, items }, commissions, profiles, states, slashes, submitters] = await Promise.all([
      summarizeProvers([row]),
      db
        .select()
        .from(commissionChange)
        .where(eq(commissionChange.prover, row.address))
        .orderBy(desc(commissionChange.timestamp))
        .limit(100),
      db
        .select()
        .from(profileChange)
        .where(eq(profileChange.prover, row.address))
        .orderBy(desc(profileChange.timestamp))
        .limit(100),
      db
        .select()
        .from(proverStateChange)
        .where(eq(proverStateChange.prover, row.address))
        .orderBy(desc(proverStateChange.timestamp))
        .limit(100),
      db.select().from(slash).where(eq(slash.prover, row.address)).orderBy(desc(slash.timestamp)).limit(100),
      db.select().from(submitter).where(eq(submitter.prover, row.address)),
    ]);
    const summary = items[0];
    if (!summary) throw new NotFound(`No prover ${row.address} has been indexed.`);
    const body: Json<typeof proverDetailSchema> = {
      asOf: seconds(asOf),
      prover: summary,
      commissionChanges: commissions.map((entry) => ({
        source: entry.source,
        sourceKind: entry.sourceKind,
        oldRateBps: entry.oldRateBps,
        newRateBps: entry.newRateBps,
        useDefault: entry.useDefault,
        timestamp: seconds(entry.timestamp),
      })),
      profileChanges: profiles.map((entry) => ({
        name: entry.name,
        iconUrl: entry.iconUrl,
        timestamp: seconds(entry.timestamp),
      })),
      stateChanges: states.map((entry) => ({
        oldState: entry.oldState,
        newState: entry.newState,
        timestamp: seconds(entry.timestamp),
      })),
      slashes: slashes.map((entry) => ({
        kind: entry.kind === "market" ? "market" : "controller",
        reqid: entry.reqid,
        bps: entry.bps,
        amount: entry.amount.toString(),
        timestamp: seconds(entry.timestamp),
      })),
      submitters: submitters.map((entry) => ({
        submitter: entry.submitter,
        active: entry.active,
        registeredAt: seconds(entry.registeredAt),
      })),
    };
    return c.json(body);
  })
  .get("/:address/series", async (c) => {
    const row = await findProver(c.req.param("address"));
    const { window } = parseParams(z.object({ window: windowParam.default("30d") }), c.req.query());
    const { timestamp: now } = await chainNow();
    const days = WINDOW_DAYS[window];
    const from = days === null || now - days * DAY < row.joinedAt ? row.joinedAt : now - days * DAY;
    const [[start], inWindow, daily] = await Promise.all([
      db
        .select()
        .from(vaultSnapshot)
        .where(and(eq(vaultSnapshot.prover, row.address), lte(vaultSnapshot.timestamp, from)))
        .orderBy(desc(vaultSnapshot.blockNumber), desc(vaultSnapshot.logIndex))
        .limit(1),
      db
        .select()
        .from(vaultSnapshot)
        .where(and(eq(vaultSnapshot.prover, row.address), gt(vaultSnapshot.timestamp, from)))
        .orderBy(asc(vaultSnapshot.blockNumber), asc(vaultSnapshot.logIndex)),
      db
        .select()
        .from(proverDailyReward)
        .where(and(eq(proverDailyReward.prover, row.address), gt(proverDailyReward.day, Number(from / DAY) - 1)))
        .orderBy(asc(proverDailyReward.day)),
    ]);
    const points = downsample(start ? [start, ...inWindow] : inWindow, MAX_POINTS);
    const first = points[0];
    const net =
      first && now - first.timestamp >= DAY
        ? annualizedYieldBps(first.sharePrice, row.sharePrice, now - first.timestamp)
        : null;
    const body: Json<typeof proverSeriesSchema> = {
      asOf: seconds(now),
      window,
      from: seconds(from),
      sharePrice: points.map((point) => ({
        timestamp: Math.max(seconds(point.timestamp), seconds(from)),
        sharePrice: point.sharePrice.toString(),
        totalAssets: point.totalAssets.toString(),
        totalSupply: point.totalSupply.toString(),
      })),
      apy: net === null ? null : { netBps: Number(net), grossBps: Number(grossFromDaily(net, daily)) },
      rewardsDaily: pivotDaily(daily),
    };
    return c.json(body);
  });

type Snapshot = typeof vaultSnapshot.$inferSelect;
/** Keeps the first point and the last point of each of `max - 1` equal time buckets after it. */
function downsample(points: Snapshot[], max: number): Snapshot[] {
  const [first, ...rest] = points;
  if (!first || points.length <= max) return points;
  const span = (rest[rest.length - 1]?.timestamp ?? first.timestamp) - first.timestamp + 1n;
  const buckets = new Map<bigint, Snapshot>();
  for (const point of rest) buckets.set(((point.timestamp - first.timestamp) * BigInt(max - 1)) / span, point);
  return [first, ...buckets.values()];
}

type DailyRow = typeof proverDailyReward.$inferSelect;
function grossFromDaily(net: bigint, daily: DailyRow[]): bigint {
  const amount = daily.reduce((total, row) => total + row.amount, 0n);
  const toStakers = daily.reduce((total, row) => total + row.toStakers, 0n);
  return toStakers > 0n ? (net * amount) / toStakers : net;
}

function pivotDaily(daily: DailyRow[]) {
  const days = new Map<
    number,
    { market: bigint; epoch: bigint; other: bigint; commission: bigint; toStakers: bigint }
  >();
  for (const row of daily) {
    const entry = days.get(row.day) ?? { market: 0n, epoch: 0n, other: 0n, commission: 0n, toStakers: 0n };
    const kind = row.sourceKind === "market" || row.sourceKind === "epoch" ? row.sourceKind : "other";
    entry[kind] += row.amount;
    entry.commission += row.commission;
    entry.toStakers += row.toStakers;
    days.set(row.day, entry);
  }
  return [...days.entries()].map(([day, entry]) => ({
    day: isoDay(day),
    market: entry.market.toString(),
    epoch: entry.epoch.toString(),
    other: entry.other.toString(),
    commission: entry.commission.toString(),
    toStakers: entry.toStakers.toString(),
  }));
}
