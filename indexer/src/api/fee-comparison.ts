import { db } from "ponder:api";
import { request } from "ponder:schema";
import { and, count, desc, eq, inArray, ne, sql } from "ponder";
import type { z } from "zod";
import type { proverFeesSchema } from "../../../lib/indexer/schemas";
import { chainNow, seconds } from "./clock";
import { phasesNow } from "./routes/requests";

/** Fewer fulfilled requests than this on either side and a program's medians say little. */
export const MIN_COMPARABLE = 5;
/** The programs a prover fulfilled most: enough for a table on a phone. */
const MAX_PROGRAMS = 8;

// The lower middle value, as the app's medians take it (percentile_disc picks a value that exists).
const medianFee = sql<string | null>`percentile_disc(0.5) within group (order by ${request.actualFee})`;

/**
 * A prover's median fee per program (verification key) against what the other provers were paid
 * for the same program, and its median time from the end of the reveal phase to the proof.
 */
export async function proverFees(prover: `0x${string}`): Promise<z.input<typeof proverFeesSchema>> {
  const [now, phases] = await Promise.all([chainNow(), phasesNow()]);
  const fulfilledBy = and(eq(request.status, "fulfilled"), eq(request.winner, prover));
  // Phase ends are the creation time plus the durations in force now, as the market computes them.
  const revealEnd = sql`${request.createdAt} + ${sql.raw((phases.bidding + phases.reveal).toString())}`;
  const [own, [delay]] = await Promise.all([
    db
      .select({ vk: request.vk, fulfilled: count(), medianFee })
      .from(request)
      .where(fulfilledBy)
      .groupBy(request.vk)
      .orderBy(desc(count()), request.vk)
      .limit(MAX_PROGRAMS),
    db
      .select({
        proofs: count(),
        median: sql<
          string | null
        >`percentile_disc(0.5) within group (order by greatest(0, ${request.settledAt} - (${revealEnd})))`,
      })
      .from(request)
      .where(fulfilledBy),
  ]);
  const others =
    own.length === 0
      ? []
      : await db
          .select({ vk: request.vk, fulfilled: count(), medianFee })
          .from(request)
          .where(
            and(
              eq(request.status, "fulfilled"),
              ne(request.winner, prover),
              inArray(
                request.vk,
                own.map((row) => row.vk),
              ),
            ),
          )
          .groupBy(request.vk);
  const othersByVk = new Map(others.map((row) => [row.vk, row]));
  const fee = (value: string | null) => (value === null ? null : BigInt(value).toString());
  return {
    asOf: seconds(now.timestamp),
    minComparable: MIN_COMPARABLE,
    proofDelay: { median: delay?.median == null ? null : Number(delay.median), proofs: delay?.proofs ?? 0 },
    programs: own.map((row) => {
      const other = othersByVk.get(row.vk);
      const otherCount = other?.fulfilled ?? 0;
      return {
        vk: row.vk,
        own: { fulfilled: row.fulfilled, medianFee: fee(row.medianFee) },
        others: { fulfilled: otherCount, medianFee: fee(other?.medianFee ?? null) },
        comparable: row.fulfilled >= MIN_COMPARABLE && otherCount >= MIN_COMPARABLE,
      };
    }),
  };
}
