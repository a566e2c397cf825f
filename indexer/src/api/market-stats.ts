import { db } from "ponder:api";
import { network, request, statsEpoch } from "ponder:schema";
import { and, count, eq, inArray, lt } from "ponder";

/** The market's current stats epoch and when it started (null before the indexer saw its start). */
export async function currentStatsEpoch(): Promise<{ id: number; startAt: bigint | null }> {
  const [row] = await db.select({ id: network.statsEpoch }).from(network);
  const id = row?.id ?? 0;
  const [epoch] = await db.select({ startAt: statsEpoch.startAt }).from(statsEpoch).where(eq(statsEpoch.id, id));
  return { id, startAt: epoch?.startAt ?? null };
}

/**
 * Requests each prover won that are still pending past their deadline at `now`: MarketViewer's
 * overdue count, a miss not yet refunded.
 */
export async function overdueCounts(provers: readonly `0x${string}`[], now: bigint): Promise<Map<string, number>> {
  if (provers.length === 0) return new Map();
  const rows = await db
    .select({ prover: request.winner, overdue: count() })
    .from(request)
    .where(and(eq(request.status, "pending"), inArray(request.winner, [...provers]), lt(request.deadline, now)))
    .groupBy(request.winner);
  return new Map(rows.flatMap((row) => (row.prover === null ? [] : [[row.prover, row.overdue] as const])));
}

/** fulfilled / (fulfilled + refunded + overdue) in bps, floored, 0 with no trials: MarketViewer's success rate. */
export function successRateBps(fulfilled: number, refunded: number, overdue: number): number {
  const trials = fulfilled + refunded + overdue;
  return trials === 0 ? 0 : Math.floor((fulfilled * 10_000) / trials);
}
