import { db } from "ponder:api";
import { bid, request } from "ponder:schema";
import { Hono } from "hono";
import { and, asc, count, countDistinct, desc, eq, inArray, isNotNull, lt, max } from "ponder";
import { z } from "zod";
import { limitParam, limitUpTo, offsetParam } from "../../../../lib/indexer/page-params";
import {
  DEFAULT_AUCTIONS,
  MAX_AUCTIONS,
  type programAuctionsSchema,
  type programListSchema,
  REQUEST_STATUSES,
} from "../../../../lib/indexer/schemas";
import { chainNow, seconds } from "../clock";
import { parseParams, vkParam } from "../params";
import { optionalWei, phasesNow } from "./requests";

const listQuery = z.object({ limit: limitParam, offset: offsetParam });

const auctionsQuery = z.object({ limit: limitUpTo(MAX_AUCTIONS, DEFAULT_AUCTIONS) });

export const programRoutes = new Hono()
  .get("/", async (c) => {
    const query = parseParams(listQuery, c.req.query());
    const lastRequestAt = max(request.createdAt);
    const [now, rows, [total]] = await Promise.all([
      chainNow(),
      db
        .select({ vk: request.vk, requests: count(), lastRequestAt })
        .from(request)
        .groupBy(request.vk)
        .orderBy(desc(lastRequestAt), asc(request.vk))
        .limit(query.limit)
        .offset(query.offset),
      db.select({ value: countDistinct(request.vk) }).from(request),
    ]);
    const body: z.input<typeof programListSchema> = {
      asOf: seconds(now.timestamp),
      items: rows.map((row) => ({
        vk: row.vk,
        requests: row.requests,
        lastRequestAt: seconds(row.lastRequestAt ?? 0n),
      })),
      total: total?.value ?? 0,
      limit: query.limit,
      offset: query.offset,
    };
    return c.json(body);
  })
  .get("/:vk/auctions", async (c) => {
    const vk = parseParams(vkParam, c.req.param("vk"));
    const { limit } = parseParams(auctionsQuery, c.req.query());
    const [now, phases] = await Promise.all([chainNow(), phasesNow()]);
    // Reveals are taken until the reveal phase's last second: after it, the auction's bids are final.
    const revealOver = lt(request.createdAt, now.timestamp - phases.bidding - phases.reveal);
    const rows = await db
      .select()
      .from(request)
      .where(and(eq(request.vk, vk), revealOver))
      .orderBy(desc(request.createdAt), desc(request.reqid))
      .limit(limit);
    const reveals =
      rows.length === 0
        ? []
        : await db
            .select({ reqid: bid.reqid, prover: bid.prover, fee: bid.fee, revealedAt: bid.revealedAt })
            .from(bid)
            .where(
              and(
                inArray(
                  bid.reqid,
                  rows.map((row) => row.reqid),
                ),
                isNotNull(bid.fee),
              ),
            )
            .orderBy(asc(bid.revealedAt), asc(bid.prover));
    const byRequest = new Map<string, typeof reveals>();
    for (const reveal of reveals) {
      const list = byRequest.get(reveal.reqid);
      if (list) list.push(reveal);
      else byRequest.set(reveal.reqid, [reveal]);
    }
    const body: z.input<typeof programAuctionsSchema> = {
      asOf: seconds(now.timestamp),
      vk,
      phases: { bidding: seconds(phases.bidding), reveal: seconds(phases.reveal) },
      items: rows.map((row) => ({
        reqid: row.reqid,
        status: REQUEST_STATUSES.find((status) => status === row.status) ?? "pending",
        createdAt: seconds(row.createdAt),
        deadline: seconds(row.deadline),
        maxFee: row.maxFee.toString(),
        minStake: row.minStake.toString(),
        winner: row.winner,
        winnerFee: optionalWei(row.winnerFee),
        actualFee: optionalWei(row.actualFee),
        reveals: (byRequest.get(row.reqid) ?? []).map((reveal) => ({
          prover: reveal.prover,
          fee: String(reveal.fee),
          revealedAt: seconds(reveal.revealedAt ?? 0n),
        })),
      })),
    };
    return c.json(body);
  });
