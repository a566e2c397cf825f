import { db } from "ponder:api";
import { proverDailyStake } from "ponder:schema";
import { and, asc, desc, gte, lt, lte } from "ponder";
import type { Address } from "viem";

export type StakeRow = { prover: Address; day: number; stake: bigint; registered: boolean };

/**
 * Each prover's closing stake on every day from `firstDay` to `lastDay`, carried over quiet days
 * from its last row before the window; `visit` sees each day's registered provers' stakes.
 * Reads the window's rows and one row per prover before it, never the whole history.
 */
export async function forEachStakeDay(
  firstDay: number,
  lastDay: number,
  visit: (day: number, stakes: ReadonlyMap<Address, bigint>) => void,
): Promise<void> {
  const [before, rows] = await Promise.all([
    db
      .selectDistinctOn([proverDailyStake.prover])
      .from(proverDailyStake)
      .where(lt(proverDailyStake.day, firstDay))
      .orderBy(proverDailyStake.prover, desc(proverDailyStake.day)),
    db
      .select()
      .from(proverDailyStake)
      .where(and(gte(proverDailyStake.day, firstDay), lte(proverDailyStake.day, lastDay)))
      .orderBy(asc(proverDailyStake.day)),
  ]);
  const stakes = new Map<Address, bigint>();
  const apply = (row: StakeRow) => {
    if (row.registered) stakes.set(row.prover, row.stake);
    else stakes.delete(row.prover);
  };
  for (const row of before) apply(row);
  let next = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    while (next < rows.length && (rows[next] as StakeRow).day === day) apply(rows[next++] as StakeRow);
    visit(day, stakes);
  }
}
