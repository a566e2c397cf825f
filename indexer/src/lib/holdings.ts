import type { stakerHistory, unstakeRequest } from "ponder:schema";

type StakeEventRow = typeof stakerHistory.$inferSelect;
type UnstakeRow = typeof unstakeRequest.$inferSelect;

/** A log's place on the chain, from a row id that starts "block-logIndex". */
export type LogPlace = { blockNumber: number; logIndex: number };

export function logPlace(id: string): LogPlace {
  const [block, index] = id.split("-");
  return { blockNumber: Number(block), logIndex: Number(index) };
}

function isEarlier(a: LogPlace, b: LogPlace): boolean {
  return a.blockNumber < b.blockNumber || (a.blockNumber === b.blockNumber && a.logIndex < b.logIndex);
}

const SHARE_STEP: Record<string, bigint> = {
  stake: 1n,
  transfer_in: 1n,
  unstake_request: -1n,
  transfer_out: -1n,
};

/**
 * What one staker had at stake with each prover at any log: the shares its own events leave
 * just before that log, and whether a pending unstake (still slashable) was waiting then.
 */
export function holdings(events: StakeEventRow[], unstakes: UnstakeRow[]) {
  const steps = events
    .map((row) => ({ prover: row.prover, at: logPlace(row.id), delta: (SHARE_STEP[row.kind] ?? 0n) * row.shares }))
    .sort((a, b) => (isEarlier(a.at, b.at) ? -1 : isEarlier(b.at, a.at) ? 1 : 0));
  return {
    provers: [...new Set(events.map((row) => row.prover))],
    /** Shares held with `prover` just before the log at `at`. */
    sharesBefore(prover: string, at: LogPlace): bigint {
      let shares = 0n;
      for (const step of steps) {
        if (!isEarlier(step.at, at)) break;
        if (step.prover === prover) shares += step.delta;
      }
      return shares;
    },
    /** Whether a request to `prover` was pending at `timestamp`. */
    unstakingAt(prover: string, timestamp: bigint): boolean {
      return unstakes.some(
        (row) =>
          row.prover === prover &&
          row.requestedAt <= timestamp &&
          (row.completedAt === null || timestamp < row.completedAt),
      );
    },
  };
}
