import type { stakerHistory, unstakeRequest } from "ponder:schema";

type StakeEventRow = Pick<typeof stakerHistory.$inferSelect, "id" | "prover" | "kind" | "shares">;
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

/** One prover's steps in log order, with the shares held after each. */
type Ledger = { at: LogPlace[]; sharesAfter: bigint[] };

/** How many of `places` (in log order) are earlier than `at`. */
function countEarlier(places: LogPlace[], at: LogPlace): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isEarlier(places[middle] as LogPlace, at)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * What one staker had at stake with each prover at any log: the shares its own events leave
 * just before that log, and whether a pending unstake (still slashable) was waiting then.
 * A busy staker has thousands of steps, so each prover's running total is kept per step and
 * a log finds its place by binary search.
 */
export function holdings(events: StakeEventRow[], unstakes: UnstakeRow[]) {
  const steps = events
    .map((row) => ({ prover: row.prover, at: logPlace(row.id), delta: (SHARE_STEP[row.kind] ?? 0n) * row.shares }))
    .sort((a, b) => (isEarlier(a.at, b.at) ? -1 : isEarlier(b.at, a.at) ? 1 : 0));
  const ledgers = new Map<string, Ledger>();
  for (const step of steps) {
    let ledger = ledgers.get(step.prover);
    if (!ledger) {
      ledger = { at: [], sharesAfter: [] };
      ledgers.set(step.prover, ledger);
    }
    ledger.sharesAfter.push((ledger.sharesAfter.at(-1) ?? 0n) + step.delta);
    ledger.at.push(step.at);
  }
  return {
    provers: [...new Set(events.map((row) => row.prover))],
    /** Shares held with `prover` just before the log at `at`. */
    sharesBefore(prover: string, at: LogPlace): bigint {
      const ledger = ledgers.get(prover);
      const earlier = ledger ? countEarlier(ledger.at, at) : 0;
      return earlier === 0 ? 0n : (ledger?.sharesAfter[earlier - 1] ?? 0n);
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
