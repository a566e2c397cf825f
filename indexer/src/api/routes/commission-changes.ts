import { db } from "ponder:api";
import { commissionChange, prover } from "ponder:schema";
import { Hono } from "hono";
import { and, desc, eq, lt, or } from "ponder";
import { z } from "zod";
import { limitParam } from "../../../../lib/indexer/page-params";
import type { commissionChangesSchema } from "../../../../lib/indexer/schemas";
import { chainNow, seconds } from "../clock";
import { parseAddress, parseParams } from "../params";

/** A page ends at a change; the next starts strictly before it in (time, id) order. */
const CURSOR = /^(\d{1,20})_(\d{1,20}-\d{1,10})$/;

const query = z.object({
  limit: limitParam,
  prover: z.string().optional(),
  before: z.string().regex(CURSOR, { message: "before must be a cursor from an earlier page" }).optional(),
});

/**
 * Commission rate changes, newest first, network-wide or for one prover: they apply the moment
 * they land, so stakers follow them here. The one query of them; feeds reuse this route.
 */
export const commissionChangeRoutes = new Hono().get("/", async (c) => {
  const params = parseParams(query, c.req.query());
  const proverAddress = params.prover === undefined ? undefined : parseAddress(params.prover, "prover");
  const cursor = params.before?.match(CURSOR);
  const after = cursor
    ? or(
        lt(commissionChange.timestamp, BigInt(cursor[1] as string)),
        and(eq(commissionChange.timestamp, BigInt(cursor[1] as string)), lt(commissionChange.id, cursor[2] as string)),
      )
    : undefined;
  const [{ timestamp: now }, rows] = await Promise.all([
    chainNow(),
    db
      .select({ change: commissionChange, name: prover.name })
      .from(commissionChange)
      .leftJoin(prover, eq(prover.address, commissionChange.prover))
      .where(and(proverAddress === undefined ? undefined : eq(commissionChange.prover, proverAddress), after))
      .orderBy(desc(commissionChange.timestamp), desc(commissionChange.id))
      .limit(params.limit + 1),
  ]);
  const items = rows.slice(0, params.limit);
  const last = items.at(-1)?.change;
  const body: z.input<typeof commissionChangesSchema> = {
    asOf: seconds(now),
    items: items.map(({ change, name }) => ({
      prover: change.prover,
      proverName: name ?? "",
      source: change.source,
      sourceKind: change.sourceKind,
      oldRateBps: change.oldRateBps,
      newRateBps: change.newRateBps,
      useDefault: change.useDefault,
      timestamp: seconds(change.timestamp),
    })),
    nextBefore: rows.length > params.limit && last ? `${last.timestamp}_${last.id}` : null,
  };
  return c.json(body);
});
