// The indexer on the fork, so read pages render history the way production does. Its database
// is a fresh PGlite directory per run; every test's evm_revert is a reorg it follows (see
// isolation.ts for what makes that safe).
import { rmSync } from "node:fs";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type IndexedHead, readIndexedHead } from "../../lib/chain/indexed-head";
import { DEVNET_CHAIN_ID } from "../../lib/chain/networks";
import { startIndexer, waitForIndexer } from "../../scripts/indexer/run.mjs";
import { ROOT } from "../../scripts/lib/paths.mjs";
import { assertPortFree, freePort, portFromEnv } from "../../scripts/lib/ports.mjs";
import { abortRun } from "./abort";
import { type ForkBlock, forkBlock, forkHead } from "./fork";
import {
  addedHash,
  blockHashOf,
  entriesSince,
  INDEXER_LOG_FILE,
  isWarning,
  type LogEntry,
  logMark,
  reasonOf,
} from "./indexer-log";
import { RESULTS_DIR } from "./run-env";
import type { Service } from "./services";

export type Indexer = { url: string; service: Service };

const LOG_HINT = `See ${relative(ROOT, INDEXER_LOG_FILE)}.`;

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
  const started = performance.now();
  const { child, url } = startIndexer({
    rpcUrl,
    port,
    logFile: INDEXER_LOG_FILE,
    database: { pgliteDir },
    schema: "e2e",
    // JSON with the debug entries: the harness reads the hash of every block the indexer adds
    // and the block it fails on (indexer-log.ts).
    log: { level: "debug", format: "json" },
  });
  const service: Service = { name: "indexer", pid: child.process.pid, stop: () => child.stop() };
  try {
    await waitForIndexer({ url, rpcUrl, isAlive: child.alive, hint: LOG_HINT });
  } catch (error) {
    await child.stop();
    throw error;
  }
  log(`indexer: ${url} caught up with the fork in ${Math.round(performance.now() - started)} ms`);
  return { url, service };
}

/** How long the indexer's head may stand still while it logs warnings, and while it logs nothing. */
const STUCK_WITH_WARNINGS_MS = 3_000;
const STUCK_SILENT_MS = 10_000;
const POLL_MS = 100;

/**
 * Resolves once the indexer has indexed the fork's head: the number and time /status reports are
 * the fork's latest block's. Within a test the fork only grows from a head the indexer has already
 * followed (isolation.ts), so number and time name one block. When that cannot happen, it aborts the
 * run within seconds with what the indexer and the fork hold: the indexer's head has not moved for
 * 3 s while it logs warnings (10 s without), or it does not answer.
 */
export async function waitForIndexerHead(url: string, rpcUrl: string, when = "Waiting for the indexer"): Promise<void> {
  const mark = logMark();
  let last: IndexedHead | null | undefined;
  let lastMoved = Date.now();
  for (;;) {
    const [head, indexed] = await Promise.all([forkHead(rpcUrl), readIndexedHead(url)]);
    if (indexed && isAt(indexed, head)) return;
    if (last === undefined || !sameHead(indexed, last)) {
      last = indexed;
      lastMoved = Date.now();
    }
    const still = Date.now() - lastMoved;
    const warnings = entriesSince(mark).filter((entry) => isWarning(entry) && entry.time >= lastMoved);
    if (indexed === null) {
      if (still >= STUCK_WITH_WARNINGS_MS) {
        abortRun(`${when}: the indexer at ${url} has not answered /status for ${seconds(still)}. ${LOG_HINT}`);
      }
    } else if ((warnings.length > 0 && still >= STUCK_WITH_WARNINGS_MS) || still >= STUCK_SILENT_MS) {
      abortRun(await describeStuck({ when, indexed, head, rpcUrl, still, warnings }));
    }
    await sleep(POLL_MS);
  }
}

function isAt(indexed: IndexedHead, block: ForkBlock): boolean {
  return indexed.blockNumber === BigInt(block.number) && indexed.blockTimestamp === BigInt(block.timestamp);
}

function sameHead(a: IndexedHead | null, b: IndexedHead | null): boolean {
  return a?.blockNumber === b?.blockNumber && a?.blockTimestamp === b?.blockTimestamp;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Numbers from `from` to `to` the fork has no block for (looked at up to 50 of them). */
async function missingBlocks(rpcUrl: string, from: number, to: number): Promise<number[]> {
  const numbers = Array.from({ length: Math.max(0, Math.min(to - from, 49)) }, (_, i) => from + i);
  const blocks = await Promise.all(numbers.map((number) => forkBlock(rpcUrl, number)));
  return numbers.filter((_, i) => blocks[i] === null);
}

/** One sentence: where the indexer stands, whether the fork still has that block, and what it keeps failing on. */
async function describeStuck({
  when,
  indexed,
  head,
  rpcUrl,
  still,
  warnings,
}: {
  when: string;
  indexed: IndexedHead;
  head: ForkBlock;
  rpcUrl: string;
  still: number;
  warnings: LogEntry[];
}): Promise<string> {
  const number = Number(indexed.blockNumber);
  const hash = addedHash(number);
  const at = `block ${number} (${hash ?? `time ${indexed.blockTimestamp}`})`;
  const forks = number <= head.number ? await forkBlock(rpcUrl, number) : null;
  const onFork = forks !== null && forks.timestamp === Number(indexed.blockTimestamp) && (!hash || hash === forks.hash);
  const holes = onFork ? await missingBlocks(rpcUrl, number + 1, head.number) : [];
  const where = onFork
    ? `which the fork has too; the fork's head is block ${head.number} (${head.hash})${
        holes.length > 0 ? ` but it has no block ${holes.join(", ")} (a hole in anvil's block list)` : ""
      }`
    : `which the fork no longer has; ${
        forks ? `the fork's block ${number} is ${forks.hash}, its head is` : "the fork's head is"
      } block ${head.number} (${head.hash})`;
  const failing = [...warnings].reverse().find((entry) => blockHashOf(entry)) ?? warnings.at(-1);
  const reason = failing && reasonOf(failing);
  const why = !failing
    ? "it logged no warning (an overloaded machine?)"
    : blockHashOf(failing)
      ? `it keeps failing on block ${blockHashOf(failing)} (${failing.msg}${reason ? `: ${reason}` : ""})`
      : `its last warning: ${failing.msg}${reason ? `: ${reason}` : ""}`;
  return `${when}: the indexer is stuck at ${at}, ${where}. It has not moved for ${seconds(still)}; ${why}. ${LOG_HINT}`;
}
