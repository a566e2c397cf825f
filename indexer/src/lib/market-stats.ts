import type { Context } from "ponder:registry";
import { marketStats, proverStats } from "ponder:schema";
import type { Address } from "viem";
import { readNetwork } from "./network";

type Db = Context["db"];
type ProverCounts = Partial<
  Pick<typeof proverStats.$inferSelect, "bids" | "reveals" | "fulfilled" | "refunded" | "feeReceived">
>;
type MarketCounts = Partial<Pick<typeof marketStats.$inferSelect, "requests" | "fulfilled" | "fees">>;

/**
 * Adds market activity to the stats epoch the market is in (its `statsEpochId`, which only moves
 * with `StatsReset`).
 */
export async function addMarketStats(
  db: Db,
  prover: Address | null,
  counts: ProverCounts,
  global: MarketCounts,
): Promise<void> {
  const { statsEpoch } = await readNetwork(db);
  if (prover !== null) {
    await db
      .insert(proverStats)
      .values({
        prover,
        statsEpoch,
        bids: counts.bids ?? 0,
        reveals: counts.reveals ?? 0,
        fulfilled: counts.fulfilled ?? 0,
        refunded: counts.refunded ?? 0,
        feeReceived: counts.feeReceived ?? 0n,
      })
      .onConflictDoUpdate((row) => ({
        bids: row.bids + (counts.bids ?? 0),
        reveals: row.reveals + (counts.reveals ?? 0),
        fulfilled: row.fulfilled + (counts.fulfilled ?? 0),
        refunded: row.refunded + (counts.refunded ?? 0),
        feeReceived: row.feeReceived + (counts.feeReceived ?? 0n),
      }));
  }
  if (Object.keys(global).length === 0) return;
  await db
    .insert(marketStats)
    .values({ statsEpoch, requests: global.requests ?? 0, fulfilled: global.fulfilled ?? 0, fees: global.fees ?? 0n })
    .onConflictDoUpdate((row) => ({
      requests: row.requests + (global.requests ?? 0),
      fulfilled: row.fulfilled + (global.fulfilled ?? 0),
      fees: row.fees + (global.fees ?? 0n),
    }));
}
