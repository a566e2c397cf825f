import type { Address } from "viem";
import { readHistory } from "../indexer/read-history";

/** How many recent requests the console compares the prover with. */
const RECENT = 100;

/**
 * The console's history from the indexer (server only): the prover's record (slashes,
 * submitters, commission changes), 90 days of rewards, its fulfilled requests and the market's
 * recent ones. Unavailable when the indexer is down or has not indexed the prover.
 */
export function readConsoleHistory(prover: Address) {
  return readHistory((indexer) =>
    Promise.all([
      indexer.prover(prover),
      indexer.proverSeries(prover, "90d"),
      indexer.requests({ prover, status: "fulfilled", limit: RECENT }),
      indexer.requests({ limit: RECENT }),
      indexer.epochs(),
    ]).then(([detail, series, own, market, epochs]) => ({
      detail,
      series,
      own: own.items,
      market: market.items,
      epochs: epochs.items,
    })),
  );
}

export type ConsoleHistory = Extract<Awaited<ReturnType<typeof readConsoleHistory>>, { status: "ok" }>["data"];
