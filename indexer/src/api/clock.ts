import { db } from "ponder:api";
import { chainClock } from "ponder:schema";
import { eq } from "ponder";

/** The chain's time at the last indexed block (0 before the first block is indexed). */
export async function chainNow(): Promise<{ blockNumber: bigint; timestamp: bigint }> {
  const [row] = await db.select().from(chainClock).where(eq(chainClock.id, 1));
  return row ?? { blockNumber: 0n, timestamp: 0n };
}

export const DAY = 86_400n;

export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function seconds(value: bigint): number {
  return Number(value);
}
