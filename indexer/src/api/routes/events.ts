import { db } from "ponder:api";
import { commissionChange, network, prover, proverStateChange, reward, slash, unstakeRequest } from "ponder:schema";
import { Hono } from "hono";
import { type AnyPgColumn, and, desc, eq, gt, inArray, lte, sql } from "ponder";
import type { Address } from "viem";
import { z } from "zod";
import { type EventKey, type EventSource, mergePage, parseCursor } from "../../../../lib/indexer/event-page";
import { type eventPageSchema, MAX_EVENTS, type WatchEventInput } from "../../../../lib/indexer/event-schemas";
import { limitUpTo } from "../../../../lib/indexer/page-params";
import { logPlace, unstakingAt } from "../../lib/holdings";
import { readIndexerSettings } from "../../settings";
import { chainNow, seconds } from "../clock";
import { BadRequest, parseAddress, parseParams } from "../params";
import { proversOf, sharesBefore } from "../staker-ledger";

const { chainId } = readIndexerSettings();

const sinceMessage = "since must be a unix time in seconds";
const eventQuery = z.object({
  limit: limitUpTo(MAX_EVENTS, 50),
  since: z.coerce
    .number({ message: sinceMessage })
    .int({ message: sinceMessage })
    .min(0, { message: sinceMessage })
    .optional(),
  before: z.string().optional(),
});

/** An event with where it sorts; `supply` is the vault's share supply when an epoch reward arrived. */
type Row = EventKey & { event: WatchEventInput; supply?: bigint };
type Window = { since: bigint; until: bigint | null; take: number; after: EventKey | null; limit: number };

function windowOf(query: z.output<typeof eventQuery>): Window {
  const after = query.before === undefined ? null : parseCursor(query.before);
  if (query.before !== undefined && after === null)
    throw new BadRequest("before must be a cursor from an earlier page");
  return {
    since: BigInt(query.since ?? -1),
    until: after === null ? null : BigInt(after.timestamp),
    // One more than a page, so that a source holding more says so.
    take: query.limit + 1,
    after,
    limit: query.limit,
  };
}

/** A table of logs, keyed "block-logIndex". */
type LogTable = { id: AnyPgColumn; timestamp: AnyPgColumn };

/** The log's block number and log index, read from its id as `logPlace` does, in SQL. */
const blockOf = (table: LogTable) => sql`split_part(${table.id}, '-', 1)::bigint`;
const logIndexOf = (table: LogTable) => sql`split_part(${table.id}, '-', 2)::int`;

/** A log's place in `newestFirst` order, in SQL: time, then block, then log index. */
const placeOf = (table: LogTable) => sql`(${table.timestamp}, ${blockOf(table)}, ${logIndexOf(table)})`;

/**
 * Newer than the caller's last look (`since`) and older than the page's cursor by its whole key.
 * Many logs share a block's time (an epoch pays every prover in one transaction): a window by
 * time alone would read the rows of the cursor's block again, and a page smaller than the block
 * would bound itself at a row already shown and hand out the same cursor again.
 */
function inWindow(table: LogTable, window: Window) {
  const { after, until } = window;
  return and(
    gt(table.timestamp, window.since),
    after === null || until === null
      ? undefined
      : and(
          // The time alone lets the (prover, timestamp) index find the range.
          lte(table.timestamp, until),
          sql`${placeOf(table)} < (${until}::bigint, ${after.blockNumber}::bigint, ${after.logIndex}::int)`,
        ),
  );
}

/** `newestFirst` in SQL: a source's last row read bounds the page, so rows of one time come in the merge's order. */
function newestFirstOrder(table: LogTable) {
  return [desc(table.timestamp), desc(blockOf(table)), desc(logIndexOf(table))];
}

function sourceOf(rows: Row[], window: Window): EventSource<Row> {
  return { rows, readTo: rows.length >= window.take ? (rows.at(-1) ?? null) : null };
}

/** A logged event's id is the chain's id and the log's block and index: the same on every fetch. */
function logged(id: string, timestamp: bigint, prover: Address, names: Map<string, string>) {
  const at = logPlace(id);
  const key = { id: `${chainId}-${id}`, timestamp: seconds(timestamp), ...at };
  return {
    key,
    common: {
      id: key.id,
      timestamp: key.timestamp,
      blockNumber: at.blockNumber,
      prover,
      proverName: names.get(prover) ?? "",
    },
  };
}

/** What happened to `provers` in the window: commission changes, slashes, state changes, epoch rewards. */
async function proverSources(provers: Address[], window: Window, names: Map<string, string>) {
  if (provers.length === 0) return [];
  const [commissions, slashes, states, rewards] = await Promise.all([
    db
      .select()
      .from(commissionChange)
      .where(and(inArray(commissionChange.prover, provers), inWindow(commissionChange, window)))
      .orderBy(...newestFirstOrder(commissionChange))
      .limit(window.take),
    db
      .select()
      .from(slash)
      .where(and(inArray(slash.prover, provers), inWindow(slash, window)))
      .orderBy(...newestFirstOrder(slash))
      .limit(window.take),
    db
      .select()
      .from(proverStateChange)
      .where(and(inArray(proverStateChange.prover, provers), inWindow(proverStateChange, window)))
      .orderBy(...newestFirstOrder(proverStateChange))
      .limit(window.take),
    db
      .select()
      .from(reward)
      .where(and(inArray(reward.prover, provers), eq(reward.sourceKind, "epoch"), inWindow(reward, window)))
      .orderBy(...newestFirstOrder(reward))
      .limit(window.take),
  ]);
  const rows = (list: Row[]) => sourceOf(list, window);
  return [
    rows(
      commissions.map((row) => {
        const { key, common } = logged(row.id, row.timestamp, row.prover, names);
        return {
          ...key,
          event: {
            ...common,
            kind: "commission",
            txHash: null,
            sourceKind: row.sourceKind,
            oldRateBps: row.oldRateBps,
            newRateBps: row.newRateBps,
          },
        };
      }),
    ),
    rows(
      slashes.map((row) => {
        const { key, common } = logged(row.id, row.timestamp, row.prover, names);
        return {
          ...key,
          event: { ...common, kind: "slash", txHash: null, bps: row.bps, amount: row.amount.toString() },
        };
      }),
    ),
    rows(
      states.map((row) => {
        const { key, common } = logged(row.id, row.timestamp, row.prover, names);
        return {
          ...key,
          event: { ...common, kind: "state", txHash: null, oldState: row.oldState, newState: row.newState },
        };
      }),
    ),
    rows(
      rewards.map((row) => {
        const { key, common } = logged(row.id, row.timestamp, row.prover, names);
        return {
          ...key,
          supply: row.totalSupply,
          event: { ...common, kind: "epoch_reward", txHash: row.txHash, amount: row.toStakers.toString() },
        };
      }),
    ),
  ];
}

async function proverNames(addresses: Address[]): Promise<Map<string, string>> {
  if (addresses.length === 0) return new Map();
  const rows = await db
    .select({ address: prover.address, name: prover.name })
    .from(prover)
    .where(inArray(prover.address, addresses));
  return new Map(rows.map((row) => [row.address, row.name]));
}

function answer(asOf: bigint, sources: EventSource<Row>[], window: Window): z.input<typeof eventPageSchema> {
  const page = mergePage(sources, window.limit, window.after);
  return { asOf: seconds(asOf), items: page.items.map((row) => row.event), next: page.next };
}

/**
 * A staker's events: what happened to the provers it had at stake at the time (its own shares, or
 * a pending unstake that a slash still reaches), its part of each epoch reward its vaults received
 * while it held shares, and each unstake request whose unlock time has passed on chain.
 */
async function stakerEvents(address: Address, window: Window) {
  const [provers, unstakes, settings, clock] = await Promise.all([
    proversOf(address),
    db.select().from(unstakeRequest).where(eq(unstakeRequest.staker, address)),
    db.select({ unstakeDelay: network.unstakeDelay }).from(network),
    chainNow(),
  ]);
  const names = await proverNames(provers);
  const sources = await proverSources(provers, window, names);
  const candidates = sources.flatMap((source) => source.rows);
  const held = await sharesBefore(
    address,
    candidates.map((row) => ({ prover: row.event.prover, blockNumber: row.blockNumber, logIndex: row.logIndex })),
  );
  const sharesOf = new Map(candidates.map((row, n) => [row, held[n] ?? 0n]));
  const relevant = sources.map((source) => ({
    readTo: source.readTo,
    rows: source.rows.flatMap((row): Row[] => {
      const shares = sharesOf.get(row) ?? 0n;
      if (row.event.kind === "epoch_reward") {
        const part = shares > 0n && row.supply ? (BigInt(row.event.amount) * shares) / row.supply : 0n;
        return part > 0n ? [{ ...row, event: { ...row.event, amount: part.toString() } }] : [];
      }
      return shares > 0n || unstakingAt(unstakes, row.event.prover, BigInt(row.timestamp)) ? [row] : [];
    }),
  }));
  // The controller waits the delay in force when the request completes: the one indexed now.
  const delay = settings[0]?.unstakeDelay ?? 0n;
  const matured = unstakes.flatMap((request): Row[] => {
    const readyAt = request.requestedAt + delay;
    const withdrawn = request.completedAt !== null;
    if (readyAt > clock.timestamp || readyAt <= window.since) return [];
    if (window.until !== null && readyAt > window.until) return [];
    const id = `${chainId}-unstake-${request.id}`;
    return [
      {
        id,
        timestamp: seconds(readyAt),
        blockNumber: 0,
        logIndex: 0,
        event: {
          id,
          kind: "unstake_matured",
          prover: request.prover,
          proverName: names.get(request.prover) ?? "",
          timestamp: seconds(readyAt),
          amount: request.amount.toString(),
          withdrawn,
        },
      },
    ];
  });
  return { asOf: clock.timestamp, sources: [...relevant, { rows: matured, readTo: null }] };
}

export const stakerEventRoutes = new Hono().get("/:address/events", async (c) => {
  const address = parseAddress(c.req.param("address"), "staker");
  const window = windowOf(parseParams(eventQuery, c.req.query()));
  const { asOf, sources } = await stakerEvents(address, window);
  return c.json(answer(asOf, sources, window));
});

export const proverEventRoutes = new Hono().get("/:address/events", async (c) => {
  const address = parseAddress(c.req.param("address"), "prover");
  const window = windowOf(parseParams(eventQuery, c.req.query()));
  const [names, clock] = await Promise.all([proverNames([address]), chainNow()]);
  return c.json(answer(clock.timestamp, await proverSources([address], window, names), window));
});
