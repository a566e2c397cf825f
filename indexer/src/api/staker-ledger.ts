import { db } from "ponder:api";
import { stakerHistory } from "ponder:schema";
import { and, eq, isNotNull, sql } from "ponder";
import type { Address } from "viem";
import type { LogPlace } from "../lib/holdings";

/** A prover and a log's place, asked of one staker's running totals. */
export type ProverPlace = LogPlace & { prover: string };

const h = stakerHistory;
/** The staker's position changes: the rows the partial index `ledgerIdx` holds (eq stores the address as the column does). */
const stepsOf = (staker: Address) => and(eq(h.staker, staker), isNotNull(h.sharesAfter));

/** The provers a staker ever changed a position with: one index probe per prover (a loose index scan). */
export async function proversOf(staker: Address): Promise<Address[]> {
  const result = await db.execute<{ prover: Address }>(sql`
    WITH RECURSIVE held (prover) AS (
      (SELECT ${h.prover} FROM ${h} WHERE ${stepsOf(staker)} ORDER BY ${h.prover} LIMIT 1)
      UNION ALL
      SELECT (
        SELECT ${h.prover} FROM ${h}
        WHERE ${stepsOf(staker)} AND ${h.prover} > held.prover
        ORDER BY ${h.prover} LIMIT 1
      ) FROM held WHERE held.prover IS NOT NULL
    )
    SELECT prover FROM held WHERE prover IS NOT NULL`);
  return result.rows.map((row) => row.prover);
}

/**
 * The shares `staker` held with each place's prover just before that log, in the order asked:
 * the running total of its last position change earlier than the log, in one round trip.
 */
export async function sharesBefore(staker: Address, places: ProverPlace[]): Promise<bigint[]> {
  if (places.length === 0) return [];
  // One JSON parameter, however many places: the statement stays the same size.
  const asked = JSON.stringify(places.map((place, n) => ({ n, ...place })));
  // Totals travel as text: the two drivers (pg, PGlite) hand back int8 differently.
  const result = await db.execute<{ n: number; shares: string | null }>(sql`
    SELECT asked.n, (
      SELECT ${h.sharesAfter}::text FROM ${h}
      WHERE ${stepsOf(staker)} AND ${h.prover} = asked.prover
        AND (${h.blockNumber}, ${h.logIndex}) < (asked."blockNumber", asked."logIndex")
      ORDER BY ${h.blockNumber} DESC, ${h.logIndex} DESC
      LIMIT 1
    ) AS shares
    FROM jsonb_to_recordset(${asked}::jsonb) AS asked (n int, prover text, "blockNumber" bigint, "logIndex" int)`);
  const shares = places.map(() => 0n);
  for (const row of result.rows) shares[Number(row.n)] = row.shares === null ? 0n : BigInt(row.shares);
  return shares;
}
