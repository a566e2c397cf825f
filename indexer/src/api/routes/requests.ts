import { db } from "ponder:api";
import { bidEvent, network, prover, request, slash } from "ponder:schema";
import { Hono } from "hono";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, or } from "ponder";
import { z } from "zod";
import { limitUpTo } from "../../../../lib/indexer/page-params";
import { encodeRequestCursor, requestCursorParam } from "../../../../lib/indexer/request-cursor";
import {
  DEFAULT_REQUESTS_PAGE,
  MAX_REQUESTS_PAGE,
  REQUEST_STATUSES,
  type requestDetailSchema,
  type requestListSchema,
  type requestSchema,
} from "../../../../lib/indexer/schemas";
import {
  biddingEnd,
  type PhaseDurations,
  phaseEndsAt,
  REQUEST_PHASES,
  type RequestPhase,
  requestPhase,
  revealEnd,
} from "../../../../lib/market/phase";
import { chainNow, seconds } from "../clock";
import { NotFound, parseAddress, parseParams, vkParam } from "../params";

/** A where-clause. */
type Condition = NonNullable<ReturnType<typeof and>>;

type RequestRow = typeof request.$inferSelect;

/** The market's phase lengths in force now: it computes every request's phase ends from them when read. */
export async function phasesNow(): Promise<PhaseDurations> {
  const [row] = await db
    .select({ bidding: network.biddingPhaseDuration, reveal: network.revealPhaseDuration })
    .from(network);
  return { bidding: row?.bidding ?? 0n, reveal: row?.reveal ?? 0n };
}

/** A wei amount that may be missing, as the JSON's decimal string or null. */
export const optionalWei = (value: bigint | null) => (value === null ? null : value.toString());

const statusOf = (row: RequestRow) => REQUEST_STATUSES.find((status) => status === row.status) ?? "pending";

function requestJson(row: RequestRow, durations: PhaseDurations, now: bigint): z.input<typeof requestSchema> {
  const facts = { ...row, status: statusOf(row) };
  const phase = requestPhase(facts, durations, now);
  const endsAt = phaseEndsAt(phase, facts, durations);
  return {
    reqid: row.reqid,
    requester: row.requester,
    vk: row.vk,
    status: facts.status,
    phase,
    phaseEndsAt: endsAt === null ? null : seconds(endsAt),
    maxFee: row.maxFee.toString(),
    minStake: row.minStake.toString(),
    createdAt: seconds(row.createdAt),
    biddingEnd: seconds(biddingEnd(row.createdAt, durations)),
    revealEnd: seconds(revealEnd(row.createdAt, durations)),
    deadline: seconds(row.deadline),
    bids: row.bids,
    reveals: row.reveals,
    winner: row.winner,
    winnerFee: optionalWei(row.winnerFee),
    secondPlace: row.secondPlace,
    secondFee: optionalWei(row.secondFee),
    actualFee: optionalWei(row.actualFee),
    protocolFee: optionalWei(row.protocolFee),
    settledAt: row.settledAt === null ? null : seconds(row.settledAt),
  };
}

/**
 * `requestPhase` as a filter over the request table at `now` (the two must agree; the suite checks
 * every served request's phase against the filter that finds it).
 */
export function phaseFilter(phase: RequestPhase, durations: PhaseDurations, now: bigint): Condition {
  if (phase === "fulfilled" || phase === "refunded" || phase === "slashed") {
    return eq(request.status, phase) as Condition;
  }
  const pending = eq(request.status, "pending");
  if (phase === "overdue") return and(pending, lt(request.deadline, now)) as Condition;
  const open = and(pending, gte(request.deadline, now));
  const biddingOver = lt(request.createdAt, now - durations.bidding);
  const revealOver = lt(request.createdAt, now - durations.bidding - durations.reveal);
  switch (phase) {
    case "bidding":
      return and(open, gte(request.createdAt, now - durations.bidding)) as Condition;
    case "unassigned":
      return and(open, biddingOver, or(eq(request.bids, 0), and(revealOver, isNull(request.winner)))) as Condition;
    case "reveal":
      return and(
        open,
        biddingOver,
        gte(request.createdAt, now - durations.bidding - durations.reveal),
        gte(request.bids, 1),
      ) as Condition;
    case "proving":
      return and(open, revealOver, isNotNull(request.winner)) as Condition;
  }
}

const unixTime = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a unix time in seconds` })
    .int({ message: `${name} must be a unix time in seconds` })
    .min(0, { message: `${name} must be a unix time in seconds` })
    .max(2 ** 40, { message: `${name} must be a unix time in seconds` })
    .optional();

const listQuery = z.object({
  phase: z.enum(REQUEST_PHASES, { message: `phase must be one of ${REQUEST_PHASES.join(", ")}` }).optional(),
  /** Requests this prover won. */
  prover: z.string().optional(),
  vk: vkParam.optional(),
  /** Created at or after `from`, and before `to`. */
  from: unixTime("from"),
  to: unixTime("to"),
  limit: limitUpTo(MAX_REQUESTS_PAGE, DEFAULT_REQUESTS_PAGE),
  cursor: requestCursorParam.optional(),
});

const reqidParam = z
  .string()
  .regex(/^0x[0-9a-fA-F]{64}$/, { message: "a request id is 0x and 64 hex digits" })
  .transform((reqid) => reqid.toLowerCase() as `0x${string}`);

async function requestDetail(reqid: `0x${string}`) {
  const [[row], events, slashes] = await Promise.all([
    db.select().from(request).where(eq(request.reqid, reqid)),
    db
      .select()
      .from(bidEvent)
      .where(eq(bidEvent.reqid, reqid))
      .orderBy(asc(bidEvent.blockNumber), asc(bidEvent.logIndex)),
    db
      .select()
      .from(slash)
      .where(and(eq(slash.reqid, reqid), eq(slash.kind, "market"))),
  ]);
  if (!row) throw new NotFound(`No request ${reqid} is indexed.`);
  const addresses = [
    ...new Set([...events.map((event) => event.prover), row.winner, row.secondPlace].filter((a) => a !== null)),
  ];
  const names =
    addresses.length === 0
      ? []
      : await db
          .select({ address: prover.address, name: prover.name })
          .from(prover)
          .where(inArray(prover.address, addresses));
  return { row, events, slash: slashes[0] ?? null, names };
}

export const requestRoutes = new Hono()
  .get("/", async (c) => {
    const query = parseParams(listQuery, c.req.query());
    const [now, durations] = await Promise.all([chainNow(), phasesNow()]);
    const filters: Condition[] = [];
    if (query.phase) filters.push(phaseFilter(query.phase, durations, now.timestamp));
    if (query.prover) filters.push(eq(request.winner, parseAddress(query.prover, "prover")) as Condition);
    if (query.vk) filters.push(eq(request.vk, query.vk) as Condition);
    if (query.from !== undefined) filters.push(gte(request.createdAt, BigInt(query.from)) as Condition);
    if (query.to !== undefined) filters.push(lt(request.createdAt, BigInt(query.to)) as Condition);
    const matching = filters.length > 0 ? and(...filters) : undefined;
    const after = query.cursor
      ? or(
          lt(request.createdAt, query.cursor.createdAt),
          and(eq(request.createdAt, query.cursor.createdAt), lt(request.reqid, query.cursor.reqid)),
        )
      : undefined;
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(request)
        .where(and(matching, after))
        .orderBy(desc(request.createdAt), desc(request.reqid))
        .limit(query.limit + 1),
      db.select({ value: count() }).from(request).where(matching),
    ]);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const body: z.input<typeof requestListSchema> = {
      asOf: seconds(now.timestamp),
      items: page.map((row) => requestJson(row, durations, now.timestamp)),
      total: total?.value ?? 0,
      limit: query.limit,
      nextCursor: rows.length > query.limit && last ? encodeRequestCursor(last) : null,
    };
    return c.json(body);
  })
  .get("/:reqid", async (c) => {
    const reqid = parseParams(reqidParam, c.req.param("reqid"));
    const [now, durations, detail] = await Promise.all([chainNow(), phasesNow(), requestDetail(reqid)]);
    const body: z.input<typeof requestDetailSchema> = {
      asOf: seconds(now.timestamp),
      phases: { bidding: seconds(durations.bidding), reveal: seconds(durations.reveal) },
      request: { ...requestJson(detail.row, durations, now.timestamp), version: detail.row.version },
      events: detail.events.map((event) => ({
        kind: event.kind === "reveal" ? "reveal" : "bid",
        prover: event.prover,
        bidHash: event.bidHash,
        fee: optionalWei(event.fee),
        at: seconds(event.timestamp),
        txHash: event.txHash,
      })),
      slash: detail.slash
        ? {
            requested: optionalWei(detail.slash.requested),
            taken: detail.slash.amount.toString(),
            at: seconds(detail.slash.timestamp),
          }
        : null,
      provers: detail.names,
    };
    return c.json(body);
  });
