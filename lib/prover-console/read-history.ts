import type { Address } from "viem";
import { readHistory } from "../indexer/read-history";

/** How many recent requests show the market's spread of minimum stakes. */
const RECENT = 100;
/** How many of the latest reward epochs show the prover's part. */
const EPOCHS = 6;

/**
 * The console's history from the indexer (server only): the prover's record (slashes,
 * submitters, commission changes), 90 days of rewards, its fees against other provers' for the
 * same programs, and the market's recent requests. Unavailable when the indexer is down or has not indexed the prover.
 */
export function readConsoleHistory(prover: Address) {
  return readHistory((indexer) =>
    Promise.all([
      indexer.prover(prover),
      indexer.proverSeries(prover, "90d"),
      indexer.proverFees(prover),
      indexer.requests({ limit: RECENT }),
      indexer.epochs({ prover, limit: EPOCHS }),
    ]).then(([detail, series, fees, market, epochs]) => ({
      detail,
      series,
      fees,
      market: market.items,
      epochs: epochs.items,
    })),
  );
}

export type ConsoleHistory = Extract<Awaited<ReturnType<typeof readConsoleHistory>>, { status: "ok" }>["data"];
