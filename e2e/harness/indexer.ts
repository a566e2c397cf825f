// The indexer on the fork, so read pages render history the way production does. Its database
// is a fresh PGlite directory per run; every test's evm_revert is a reorg it follows.
import { rmSync } from "node:fs";
import { join, relative } from "node:path";
import { readIndexedHead } from "../../lib/chain/indexed-head";
import { DEVNET_CHAIN_ID } from "../../lib/chain/networks";
import { startIndexer, waitForIndexer } from "../../scripts/indexer/run.mjs";
import { ROOT } from "../../scripts/lib/paths.mjs";
import { assertPortFree, freePort, portFromEnv } from "../../scripts/lib/ports.mjs";
import { rpc } from "../../scripts/lib/wait.mjs";
import { LOG_DIR, RESULTS_DIR } from "./run-env";
import type { Service } from "./services";

export type Indexer = { url: string; service: Service };

export async function startE2eIndexer(
  { rpcUrl, chainId }: { rpcUrl: string; chainId: number },
  log: (line: string) => void,
): Promise<Indexer | null> {
  // A Base fork would mean indexing Base's whole history: those runs test chain-backed panels only.
  if (chainId !== DEVNET_CHAIN_ID) {
    log("indexer: not started (the fork is not our devnet); history panels show as unavailable");
    return null;
  }
  const requested = portFromEnv("E2E_INDEXER_PORT", 0);
  const port = requested === 0 ? await freePort() : requested;
  if (requested !== 0) await assertPortFree(port, "E2E_INDEXER_PORT", "e2e indexer");
  const pgliteDir = join(RESULTS_DIR, "indexer-pglite");
  rmSync(pgliteDir, { recursive: true, force: true });
  const logFile = join(LOG_DIR, "e2e-indexer.log");
  const started = performance.now();
  const { child, url } = startIndexer({ rpcUrl, port, logFile, database: { pgliteDir }, schema: "e2e" });
  const service: Service = { name: "indexer", pid: child.process.pid, stop: () => child.stop() };
  try {
    await waitForIndexer({ url, rpcUrl, isAlive: child.alive, hint: `See ${relative(ROOT, logFile)}.` });
  } catch (error) {
    await child.stop();
    throw error;
  }
  log(`indexer: ${url} caught up with the fork in ${Math.round(performance.now() - started)} ms`);
  return { url, service };
}

/**
 * Waits until the indexer has indexed the fork's head. After an evm_revert the fork sits below
 * blocks the indexer still holds, and Ponder reports that abandoned branch until the new one
 * outgrows it: empty blocks grow it past, so the indexer follows the revert.
 */
export async function waitForIndexerHead(url: string, rpcUrl: string): Promise<void> {
  const [indexed, head] = await Promise.all([readIndexedHead(url), rpc(rpcUrl, "eth_blockNumber")]);
  const ahead = indexed === null ? -1n : indexed.blockNumber - BigInt(head as string);
  if (ahead >= 0n) await rpc(rpcUrl, "anvil_mine", [`0x${(ahead + 1n).toString(16)}`]);
  await waitForIndexer({ url, rpcUrl, timeoutMs: 30_000 });
}
