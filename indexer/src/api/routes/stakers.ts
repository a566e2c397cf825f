import { db } from "ponder:api";
import { network, position, prover, stakerHistory, unstakeRequest, vaultSnapshot } from "ponder:schema";
import { Hono } from "hono";
import { and, count, desc, eq, gt, gte, lt, min, or, sql } from "ponder";
import type { Address } from "viem";
import { z } from "zod";
import { limitParam } from "../../../../lib/indexer/page-params";
import type { stakerHistorySchema, stakerSchema } from "../../../../lib/indexer/schemas";
import { convertToAssets } from "../../../../lib/math/share-price";
import { annualizedYieldBps } from "../../../../lib/math/yield";
import { apyWithheld } from "../../../../lib/provers/apy-rule";
import { unstakeValue } from "../../lib/unstake-value";
import { chainNow, DAY, seconds } from "../clock";
import { type Cursor, decodeCursor, encodeCursor } from "../cursor";
import { parseAddress, parseParams } from "../params";

type Sources = { market: bigint; epoch: bigint; other: bigint };

function sourcesJson(sources: Sources) {
  return { market: sources.market.toString(), epoch: sources.epoch.toString(), other: sources.other.toString() };
}

/** What a holder's shares earned since each time, by source: the sum of its reward rows. */
async function earningsSince(address: Address, since7: bigint, since30: bigint) {
  const bySource = await db
    .select({
      source: stakerHistory.source,
      week: sql<string>`coalesce(sum(case when ${stakerHistory.timestamp} > ${since7} then ${stakerHistory.amount} end), 0)`,
      month: sql<string>`coalesce(sum(${stakerHistory.amount}), 0)`,
    })
    .from(stakerHistory)
    .where(
      and(eq(stakerHistory.staker, address), eq(stakerHistory.kind, "reward"), gt(stakerHistory.timestamp, since30)),
    )
    .groupBy(stakerHistory.source);
  const earnings7d: Sources = { market: 0n, epoch: 0n, other: 0n };
  const earnings30d: Sources = { market: 0n, epoch: 0n, other: 0n };
  for (const row of bySource) {
    const source = row.source === "market" || row.source === "epoch" ? row.source : "other";
    earnings7d[source] += BigInt(row.week);
    earnings30d[source] += BigInt(row.month);
  }
  return { earnings7d, earnings30d };
}

/**
 * The least each of the holder's vaults held since the holder's entry: the APY rule's "small"
 * looks at all of it. Summed by the database, one row per position.
 */
async function leastHeldSinceEntry(address: Address): Promise<Map<Address, bigint>> {
  const rows = await db
    .select({ prover: vaultSnapshot.prover, least: min(vaultSnapshot.totalAssets) })
    .from(position)
    .innerJoin(
      vaultSnapshot,
      and(eq(vaultSnapshot.prover, position.prover), gte(vaultSnapshot.timestamp, position.firstAt)),
    )
    .where(eq(position.staker, address))
    .groupBy(vaultSnapshot.prover);
  return new Map(rows.flatMap((row) => (row.least === null ? [] : [[row.prover, row.least] as const])));
}

/** Completed unstakes kept in the answer: the newest; they pile up for as long as an account stakes. */
const MAX_COMPLETED_UNSTAKES = 100;

/**
 * A holder's unstake requests, newest first: every pending one (the controller holds at most a
 * few per position) and the latest completed ones.
 */
async function unstakesOf(address: Address) {
  const rows = (status: "pending" | "completed") =>
    db
      .select({ request: unstakeRequest, scaleNow: prover.slashingScale })
      .from(unstakeRequest)
      .innerJoin(prover, eq(prover.address, unstakeRequest.prover))
      .where(and(eq(unstakeRequest.staker, address), eq(unstakeRequest.status, status)))
      .orderBy(desc(unstakeRequest.requestedAt));
  const [pending, completed] = await Promise.all([rows("pending"), rows("completed").limit(MAX_COMPLETED_UNSTAKES)]);
  return [...pending, ...completed].sort((a, b) =>
    a.request.requestedAt === b.request.requestedAt ? 0 : a.request.requestedAt > b.request.requestedAt ? -1 : 1,
  );
}

/** Newest first: before the cursor's row in (block, log index, id) order. */
function olderThan(cursor: Cursor) {
  const t = stakerHistory;
  return or(
    lt(t.blockNumber, cursor.blockNumber),
    and(
      eq(t.blockNumber, cursor.blockNumber),
      or(lt(t.logIndex, cursor.logIndex), and(eq(t.logIndex, cursor.logIndex), lt(t.id, cursor.id))),
    ),
  );
}

const historyQuery = z.object({ limit: limitParam, before: z.string().optional() });

export const stakerRoutes = new Hono()
  .get("/:address", async (c) => {
    const address = parseAddress(c.req.param("address"), "staker");
    const { timestamp: now } = await chainNow();
    const since30 = now - 30n * DAY;
    const since7 = now - 7n * DAY;
    const [positions, unstakes, settings, earnings, leastSinceEntry] = await Promise.all([
      db
        .select({ position, prover })
        .from(position)
        .innerJoin(prover, eq(prover.address, position.prover))
        .where(eq(position.staker, address))
        .orderBy(desc(position.shares)),
      unstakesOf(address),
      db.select({ unstakeDelay: network.unstakeDelay }).from(network),
      earningsSince(address, since7, since30),
      leastHeldSinceEntry(address),
    ]);
    const delay = settings[0]?.unstakeDelay ?? 0n;
    const totals = { value: 0n, costBasis: 0n, withdrawn: 0n, earnings: 0n };
    const items = positions.map(({ position: held, prover: vault }) => {
      const value = convertToAssets(held.shares, vault.totalAssets, vault.totalSupply, vault);
      const earnings = value + held.withdrawn - held.costBasis;
      totals.value += value;
      totals.costBasis += held.costBasis;
      totals.withdrawn += held.withdrawn;
      totals.earnings += earnings;
      const heldFor = now - held.firstAt;
      // Since entry, the APY rule judges the vault over the position's own life.
      const withheld = apyWithheld(
        {
          retired: vault.retired,
          totalAssets: vault.totalAssets,
          heldInWindow: [leastSinceEntry.get(vault.address)].filter((least) => least !== undefined),
          assetDecimals: vault.shareDecimals - vault.decimalsOffset,
          age: heldFor,
        },
        null,
      );
      const net = withheld ? null : annualizedYieldBps(held.costBasis, value + held.withdrawn, heldFor);
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
        apySinceEntry: net === null ? { withheld: withheld ?? "empty" } : { netBps: Number(net) },
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
      earnings7d: sourcesJson(earnings.earnings7d),
      earnings30d: sourcesJson(earnings.earnings30d),
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
    const before = query.before === undefined ? undefined : decodeCursor(query.before);
    const mine = eq(stakerHistory.staker, address);
    const [rows, [counted]] = await Promise.all([
      db
        .select({ row: stakerHistory, proverName: prover.name })
        .from(stakerHistory)
        .leftJoin(prover, eq(prover.address, stakerHistory.prover))
        .where(before ? and(mine, olderThan(before)) : mine)
        .orderBy(desc(stakerHistory.blockNumber), desc(stakerHistory.logIndex), desc(stakerHistory.id))
        .limit(query.limit + 1),
      db.select({ total: count() }).from(stakerHistory).where(mine),
    ]);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1)?.row;
    type Item = z.input<typeof stakerHistorySchema>["items"][number];
    const body: z.input<typeof stakerHistorySchema> = {
      items: page.map(({ row, proverName }) => ({
        prover: row.prover,
        proverName: proverName ?? "",
        kind: row.kind as Item["kind"],
        source: row.kind === "reward" ? (row.source as Item["source"]) : null,
        shares: row.shares.toString(),
        amount: row.amount.toString(),
        timestamp: seconds(row.timestamp),
        blockNumber: Number(row.blockNumber),
        txHash: row.txHash,
      })),
      total: counted?.total ?? 0,
      limit: query.limit,
      nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    };
    return c.json(body);
  });
