import type { unstakeRequest } from "ponder:schema";

type UnstakeRow = typeof unstakeRequest.$inferSelect;

/** A log's place on the chain, from a row id that starts "block-logIndex". */
export type LogPlace = { blockNumber: number; logIndex: number };

export function logPlace(id: string): LogPlace {
  const [block, index] = id.split("-");
  return { blockNumber: Number(block), logIndex: Number(index) };
}

/** Whether one of a staker's requests to `prover` was pending (still slashable) at `timestamp`. */
export function unstakingAt(unstakes: UnstakeRow[], prover: string, timestamp: bigint): boolean {
  return unstakes.some(
    (row) =>
      row.prover === prover &&
      row.requestedAt <= timestamp &&
      (row.completedAt === null || timestamp < row.completedAt),
  );
}
