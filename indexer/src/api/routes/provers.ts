import { db } from "ponder:api";
import {
  commissionChange,
  profileChange,
  prover,
  proverDailyReward,
  proverLife,
  proverStateChange,
  slash,
  submitter,
  vaultSnapshot,
} from "ponder:schema";
import { Hono } from "hono";
import { and, asc, count, desc, eq, gt, lte, max, min, ne, sql } from "ponder";
import { z } from "zod";
import type { proverDetailSchema, proverListSchema, proverSeriesSchema } from "../../../../lib/indexer/schemas";
import type { SourceKind } from "../../../../lib/indexer/source-kinds";
import { annualizedYieldBps, grossFromNet } from "../../../../lib/math/yield";
import { apyWithheld } from "../../../../lib/provers/apy-rule";
import { type DirectorySort, type ProverListQuery, proverListParams } from "../../../../lib/provers/directory-params";
import { JSON_HEADERS, perBlock, perBlockJson } from "../block-memo";
import { chainNow, DAY, isoDay, seconds, windowDays } from "../clock";
import { proverFees } from "../fee-comparison";
import { NotFound, parseAddress, parseParams, windowParam } from "../params";
import { type ProverSummaryJson, summarizeProvers } from "../prover-summaries";

type Json<T extends z.ZodType> = z.input<T>;

const SORT_KEYS: Record<DirectorySort, (p: ProverSummaryJson) => bigint> = {
  stake: (p) => BigInt(p.totalAssets),
  apy7d: (p) => BigInt("netBps" in p.apy7d ? p.apy7d.netBps : Number.MIN_SAFE_INTEGER),
  apy30d: (p) => BigInt("netBps" in p.apy30d ? p.apy30d.netBps : Number.MIN_SAFE_INTEGER),
  commission: (p) => BigInt(p.defaultCommissionBps),
  reliability: (p) => BigInt(p.reliability.lowerBoundBps),
  stakers: (p) => BigInt(p.stakers),
  fees30d: (p) => BigInt(p.fees30d),
  bound: (p) => BigInt(p.boundStake),
  joined: (p) => BigInt(p.joinedAt),
  lastActive: (p) => BigInt(p.lastActiveAt ?? 0),
};
const STATES = { active: 1, deactivated: 2, jailed: 3 } as const;

type Directory = {
  asOf: bigint;
  items: ProverSummaryJson[];
  /** Lists sorted ascending, built on first use: sorting is most of a request's cost at scale. */
  sorted: Map<DirectorySort, ProverSummaryJson[]>;
};

/** The directory of one block: its summaries, and each sort order once asked for. */
function blockDirectory(): Promise<Directory> {
  // Retired provers left the controller's lists; their pages stay reachable by address.
  return perBlock("directory", () =>
    db
      .select()
      .from(prover)
      .where(eq(prover.retired, false))
      .then(summarizeProvers)
      .then(({ asOf, items }) => ({ asOf, items, sorted: new Map() })),
  );
}

function sortedBy(directory: Directory, sort: DirectorySort): ProverSummaryJson[] {
  const cached = directory.sorted.get(sort);
  if (cached) return cached;
  const key = SORT_KEYS[sort];
  const list = directory.items
    .map((item) => ({ item, value: key(item) }))
    .sort((a, b) => {
      if (a.value !== b.value) return a.value < b.value ? -1 : 1;
      return a.item.address < b.item.address ? -1 : 1;
    })
    .map(({ item }) => item);
  directory.sorted.set(sort, list);
  return list;
}

function matches(item: ProverSummaryJson, query: Required<ProverListQuery>): boolean {
  if (query.state !== "all" && item.state !== STATES[query.state]) return false;
  if (!query.q) return true;
  const needle = query.q.toLowerCase();
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

/** Enough points for a chart, few enough for a phone: the "all" window of a years-old vault too. */
const MAX_SERIES_POINTS = 400;
const seriesQuery = z.object({
  window: windowParam.default("30d"),
  points: z.coerce
    .number({ message: "points must be a whole number" })
    .int({ message: "points must be a whole number" })
    .min(2, { message: `points must be between 2 and ${MAX_SERIES_POINTS}` })
    .max(MAX_SERIES_POINTS, { message: `points must be between 2 and ${MAX_SERIES_POINTS}` })
    .default(MAX_SERIES_POINTS),
});

export const proverRoutes = new Hono()
  .get("/", async (c) => {
    const query = parseParams(proverListParams, c.req.query());
    const directory = await blockDirectory();
    const ascending = sortedBy(directory, query.sort);
    const filtered = (query.order === "asc" ? ascending : [...ascending].reverse()).filter((item) =>
      matches(item, query),
    );
    const body: Json<typeof proverListSchema> = {
      asOf: seconds(directory.asOf),
      items: filtered.slice(query.offset, query.offset + query.limit),
      total: filtered.length,
      limit: query.limit,
      offset: query.offset,
    };
    return c.json(body);
  })
  .get("/:address", async (c) => {
    const row = await findProver(c.req.param("address"));
    const [{ asOf, items }, commissions, profiles, states, slashes, submitters, lives] = await Promise.all([
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
      db.select().from(proverLife).where(eq(proverLife.prover, row.address)).orderBy(asc(proverLife.life)),
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
        requestedAmount: entry.requested === null ? null : entry.requested.toString(),
        timestamp: seconds(entry.timestamp),
      })),
      previousLives: lives.map((entry) => ({
        life: entry.life,
        vault: entry.vault,
        joinedAt: seconds(entry.joinedAt),
        retiredAt: seconds(entry.retiredAt),
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
    const address = parseAddress(c.req.param("address"), "prover");
    const { window, points } = parseParams(seriesQuery, c.req.query());
    const key = `series|${address}|${window}|${points}`;
    return c.body(await perBlockJson(key, () => proverSeries(address, window, points)), 200, JSON_HEADERS);
  })
  .get("/:address/fees", async (c) => {
    const row = await findProver(c.req.param("address"));
    return c.json(await proverFees(row.address));
  });

type Snapshot = Pick<
  typeof vaultSnapshot.$inferSelect,
  "id" | "timestamp" | "sharePrice" | "totalAssets" | "totalSupply"
>;
const SNAPSHOT_COLUMNS = {
  id: vaultSnapshot.id,
  timestamp: vaultSnapshot.timestamp,
  sharePrice: vaultSnapshot.sharePrice,
  totalAssets: vaultSnapshot.totalAssets,
  totalSupply: vaultSnapshot.totalSupply,
};

/**
 * The vault's snapshots after `from` (after `start`, the one standing at `from`), at most
 * `maxPoints`: the first, then the last of each of `maxPoints` − 1 equal time buckets
 * after it, chosen by the database so a years-old vault costs a request no more than a young one.
 * `least` is the smallest amount the vault held after `from`.
 */
async function snapshotsAfter(address: `0x${string}`, from: bigint, start: Snapshot | undefined, maxPoints: number) {
  const inWindow = and(eq(vaultSnapshot.prover, address), gt(vaultSnapshot.timestamp, from));
  const [extent] = await db
    .select({ count: count(), least: min(vaultSnapshot.totalAssets), last: max(vaultSnapshot.timestamp) })
    .from(vaultSnapshot)
    .where(inWindow);
  const least = extent?.least ?? undefined;
  const inside = extent?.count ?? 0;
  const ascending = [asc(vaultSnapshot.blockNumber), asc(vaultSnapshot.logIndex)];
  if (inside + (start ? 1 : 0) <= maxPoints) {
    const rows = await db
      .select(SNAPSHOT_COLUMNS)
      .from(vaultSnapshot)
      .where(inWindow)
      .orderBy(...ascending);
    return { points: start ? [start, ...rows] : rows, least };
  }
  const [first] = start
    ? [start]
    : await db
        .select(SNAPSHOT_COLUMNS)
        .from(vaultSnapshot)
        .where(inWindow)
        .orderBy(...ascending)
        .limit(1);
  if (!first || extent?.last == null) return { points: [], least };
  const span = BigInt(extent.last) - first.timestamp + 1n;
  // Literals, not parameters: DISTINCT ON must match the ORDER BY expression exactly. All three are
  // integers (the bound checked by the query's schema), never text from the request.
  const bucket = sql`div((${vaultSnapshot.timestamp} - ${sql.raw(first.timestamp.toString())}) * ${sql.raw(String(maxPoints - 1))}, ${sql.raw(span.toString())})`;
  const rest = await db
    .selectDistinctOn([bucket], SNAPSHOT_COLUMNS)
    .from(vaultSnapshot)
    .where(and(inWindow, ne(vaultSnapshot.id, first.id)))
    .orderBy(bucket, desc(vaultSnapshot.blockNumber), desc(vaultSnapshot.logIndex));
  return { points: [first, ...rest], least };
}

async function proverSeries(address: `0x${string}`, window: z.output<typeof windowParam>, maxPoints: number) {
  const row = await findProver(address);
  const { timestamp: now } = await chainNow();
  const days = windowDays(window);
  const from = days === null || now - days * DAY < row.joinedAt ? row.joinedAt : now - days * DAY;
  const [[start], daily] = await Promise.all([
    db
      .select()
      .from(vaultSnapshot)
      .where(and(eq(vaultSnapshot.prover, row.address), lte(vaultSnapshot.timestamp, from)))
      .orderBy(desc(vaultSnapshot.blockNumber), desc(vaultSnapshot.logIndex))
      .limit(1),
    db
      .select()
      .from(proverDailyReward)
      .where(and(eq(proverDailyReward.prover, row.address), gt(proverDailyReward.day, Number(from / DAY) - 1)))
      .orderBy(asc(proverDailyReward.day)),
  ]);
  const { points, least } = await snapshotsAfter(row.address, from, start, maxPoints);
  const first = points[0];
  const withheld = apyWithheld(
    {
      retired: row.retired,
      totalAssets: row.totalAssets,
      heldInWindow: [start?.totalAssets, least].filter((held) => held !== undefined),
      assetDecimals: row.shareDecimals - row.decimalsOffset,
      age: now - row.joinedAt,
    },
    days === null ? null : days * DAY,
  );
  const net = first && !withheld ? annualizedYieldBps(first.sharePrice, row.sharePrice, now - first.timestamp) : null;
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
    apy:
      net === null
        ? { withheld: withheld ?? "empty" }
        : { netBps: Number(net), grossBps: Number(grossFromDaily(net, daily)) },
    rewardsDaily: pivotDaily(daily),
  };
  return body;
}

type DailyRow = typeof proverDailyReward.$inferSelect;
function grossFromDaily(net: bigint, daily: DailyRow[]): bigint {
  const paid = daily.reduce((total, row) => total + row.amount, 0n);
  const toStakers = daily.reduce((total, row) => total + row.toStakers, 0n);
  return grossFromNet(net, paid, toStakers);
}

function pivotDaily(daily: DailyRow[]) {
  type Sources = Record<SourceKind, bigint>;
  const none = (): Sources => ({ market: 0n, epoch: 0n, other: 0n });
  const days = new Map<number, { amount: Sources; commission: Sources; toStakers: bigint }>();
  for (const row of daily) {
    const entry = days.get(row.day) ?? { amount: none(), commission: none(), toStakers: 0n };
    const kind = row.sourceKind === "market" || row.sourceKind === "epoch" ? row.sourceKind : "other";
    entry.amount[kind] += row.amount;
    entry.commission[kind] += row.commission;
    entry.toStakers += row.toStakers;
    days.set(row.day, entry);
  }
  const json = (sources: Sources) => ({
    market: sources.market.toString(),
    epoch: sources.epoch.toString(),
    other: sources.other.toString(),
  });
  return [...days.entries()].map(([day, entry]) => ({
    day: isoDay(day),
    ...json(entry.amount),
    commission: json(entry.commission),
    toStakers: entry.toStakers.toString(),
  }));
}
