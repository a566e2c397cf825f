import { db } from "ponder:api";
import { chainClock } from "ponder:schema";
import { eq, sql } from "ponder";
import { type HistoryWindow, WINDOW_DAYS } from "../../../lib/indexer/schemas";

export type IndexedBlock = { blockNumber: bigint; blockHash: `0x${string}` | null; timestamp: bigint };

/** The last indexed block and the chain's time at it (block 0 at time 0 before the first is indexed). */
export async function chainNow(): Promise<IndexedBlock> {
  const [row] = await db.select().from(chainClock).where(eq(chainClock.id, 1));
  return row ?? { blockNumber: 0n, blockHash: null, timestamp: 0n };
}

/**
 * Ponder's own mark of the newest event it has indexed (its checkpoint table, which its /status
 * reads too). Unlike the clock, which ticks every 150 blocks on Base, it moves with every block
 * that brought anything to index. Null before anything is indexed.
 */
export async function indexedCheckpoint(): Promise<string | null> {
  const result = await db.execute<{ checkpoint: string | null }>(
    sql`SELECT max(latest_checkpoint) AS checkpoint FROM _ponder_checkpoint`,
  );
  return result.rows[0]?.checkpoint ?? null;
}

export const DAY = 86_400n;

/** How many days a history window spans, as the API counts (null: everything). */
export function windowDays(window: HistoryWindow): bigint | null {
  const days = WINDOW_DAYS[window];
  return days === null ? null : BigInt(days);
}

export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function seconds(value: bigint): number {
  return Number(value);
}
