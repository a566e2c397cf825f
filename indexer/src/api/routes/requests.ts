import { db } from "ponder:api";
import { network, request } from "ponder:schema";
import { Hono } from "hono";
import { and, count, desc, eq } from "ponder";
import { z } from "zod";
import { limitParam, offsetParam } from "../../../../lib/indexer/page-params";
import { REQUEST_STATUSES, type requestListSchema, type requestSchema } from "../../../../lib/indexer/schemas";
import { chainNow, seconds } from "../clock";
import { parseAddress, parseParams } from "../params";

type RequestRow = typeof request.$inferSelect;
/** The market's phase lengths in force now: it computes every request's phase ends from them when read. */
type Phases = { bidding: bigint; reveal: bigint };

export async function phasesNow(): Promise<Phases> {
  const [row] = await db
    .select({ bidding: network.biddingPhaseDuration, reveal: network.revealPhaseDuration })
    .from(network);
  return { bidding: row?.bidding ?? 0n, reveal: row?.reveal ?? 0n };
}

/** A wei amount that may be missing, as the JSON's decimal string or null. */
export const optionalWei = (value: bigint | null) => (value === null ? null : value.toString());

function requestJson(row: RequestRow, phases: Phases, now: bigint): z.input<typeof requestSchema> {
  const biddingEnd = row.createdAt + phases.bidding;
  return {
    reqid: row.reqid,
    requester: row.requester,
    status: REQUEST_STATUSES.find((status) => status === row.status) ?? "pending",
    maxFee: row.maxFee.toString(),
    minStake: row.minStake.toString(),
    createdAt: seconds(row.createdAt),
    biddingEnd: seconds(biddingEnd),
    revealEnd: seconds(biddingEnd + phases.reveal),
    deadline: seconds(row.deadline),
    bids: row.bids,
    reveals: row.reveals,
    winner: row.winner,
    winnerFee: optionalWei(row.winnerFee),
    secondPlace: row.secondPlace,
    secondFee: optionalWei(row.secondFee),
    actualFee: optionalWei(row.actualFee),
    settledAt: row.settledAt === null ? null : seconds(row.settledAt),
    overdue: isOverdue(row, now),
  };
}

/** Won, still pending, past its deadline: the market's overdue (it counts against the winner until refunded). */
export function isOverdue(row: Pick<RequestRow, "status" | "winner" | "deadline">, now: bigint): boolean {
  return row.status === "pending" && row.winner !== null && now > row.deadline;
}

/** One page of the requests matching `where`, newest first, and how many match in all. */
async function requestPage(where: ReturnType<typeof and>, page: { limit: number; offset: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(request)
      .where(where)
      .orderBy(desc(request.createdAt), desc(request.reqid))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ value: count() }).from(request).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

const listQuery = z.object({
  status: z.enum(REQUEST_STATUSES, { message: `status must be one of ${REQUEST_STATUSES.join(", ")}` }).optional(),
  prover: z.string().optional(),
  limit: limitParam,
  offset: offsetParam,
});

export const requestRoutes = new Hono().get("/", async (c) => {
  const query = parseParams(listQuery, c.req.query());
  const filters: NonNullable<ReturnType<typeof and>>[] = [];
  if (query.status) filters.push(eq(request.status, query.status));
  if (query.prover) filters.push(eq(request.winner, parseAddress(query.prover, "prover")));
  const where = filters.length > 0 ? and(...filters) : undefined;
  const [now, phases, { rows, total }] = await Promise.all([chainNow(), phasesNow(), requestPage(where, query)]);
  const body: z.input<typeof requestListSchema> = {
    asOf: seconds(now.timestamp),
    items: rows.map((row) => requestJson(row, phases, now.timestamp)),
    total,
    limit: query.limit,
    offset: query.offset,
  };
  return c.json(body);
});
