import { rmSync } from "node:fs";
import { startIndexer } from "../../../scripts/indexer/run.mjs";
import { freePort } from "../../../scripts/lib/ports.mjs";
import { waitFor } from "../../../scripts/lib/wait.mjs";
import type { Chain } from "./chain";
import type { Cleanup } from "./cleanup";
import type { DatabaseLocation } from "./databases";
import { logFile } from "./paths";

export type IndexerRun = {
  url: string;
  logFile: string;
  /** The last block Ponder reports as indexed, or null before it has one. */
  indexedBlock: () => Promise<bigint | null>;
  waitForBlock: (block: bigint, timeoutMs?: number) => Promise<void>;
  waitForHead: (chain: Chain, timeoutMs?: number) => Promise<void>;
  stop: () => Promise<void>;
  /** A crash: no shutdown hook runs, nothing is flushed. */
  kill: () => Promise<void>;
};

/** `ponder start` on the chain and database given, registered for cleanup as it starts. */
export async function startIndexerRun(
  cleanup: Cleanup,
  chain: Chain,
  location: DatabaseLocation,
  name: string,
): Promise<IndexerRun> {
  const log = logFile(name);
  // startChild appends: an earlier run's lines would answer this run's log checks.
  rmSync(log, { force: true });
  const { child, url } = startIndexer({
    rpcUrl: chain.rpcUrl,
    port: await freePort(),
    logFile: log,
    database: location.option,
    schema: location.schema,
  });
  // vitest ends a stuck worker without running afterAll; the indexer's own process group would
  // outlive it (anvil's helper does the same for anvil).
  const group = child.process.pid === undefined ? undefined : -child.process.pid;
  const killOnExit = () => {
    try {
      if (group !== undefined && child.alive()) process.kill(group, "SIGKILL");
    } catch {
      // already gone
    }
  };
  process.on("exit", killOnExit);
  void child.exited.then(() => process.off("exit", killOnExit));
  cleanup.add(`indexer (${name})`, () => child.stop());

  const indexedBlock = async () => {
    const response = await fetch(`${url}/status`);
    if (!response.ok) return null;
    const status = (await response.json()) as Record<string, { block?: { number?: number } | null }>;
    const number = Object.values(status)[0]?.block?.number;
    return typeof number === "number" ? BigInt(number) : null;
  };
  const waitForBlock = async (block: bigint, timeoutMs = 600_000) => {
    await waitFor(async () => ((await indexedBlock()) ?? -1n) >= block, {
      what: `The indexer (${name}) reaching block ${block}`,
      timeoutMs,
      intervalMs: 250,
      isAlive: child.alive,
      hint: `See ${log}.`,
    });
  };
  return {
    url,
    logFile: log,
    indexedBlock,
    waitForBlock,
    waitForHead: async (target, timeoutMs) => waitForBlock(await target.head(), timeoutMs),
    stop: () => child.stop(),
    kill: () => child.stop("SIGKILL"),
  };
}
