// One indexer run from an empty database to the chain's head, timed from the moment the
// process is started (Ponder's build, migrations and backfill all count) until /status says
// the head block is indexed. The indexer is left running for the API measurements.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { startIndexer, waitForIndexer } from "../indexer/run.mjs";
import { freePort } from "../lib/ports.mjs";
import { rpc } from "../lib/wait.mjs";
import { readBackfillProfile } from "./ponder-metrics.mjs";
import { childService, track } from "./services.mjs";

/**
 * @typedef {object} BackfillResult
 * @property {number} seconds wall time from start to head indexed
 * @property {number} headBlock
 * @property {import("./ponder-metrics.mjs").BackfillProfile} profile
 * @property {string} logFile
 */

/**
 * @param {object} options
 * @param {string} options.rpcUrl
 * @param {{ pgliteDir: string } | { databaseUrl: string }} options.database empty
 * @param {string} options.logDir
 * @param {string} options.name names the log file
 * @param {number} [options.timeoutMs]
 * @returns {Promise<{ result: BackfillResult, url: string, pid: number | undefined, service: import("./services.mjs").Service }>}
 */
export async function runBackfill({ rpcUrl, database, logDir, name, timeoutMs = 30 * 60_000 }) {
  const headBlock = Number(BigInt(await rpc(rpcUrl, "eth_blockNumber")));
  const logFile = join(logDir, `bench-indexer-${name}.log`);
  // One run per log file: the child appends, and an old run's lines would read as this one's.
  rmSync(logFile, { force: true });
  const port = await freePort();
  const started = performance.now();
  const { child, url } = startIndexer({ rpcUrl, port, logFile, database, schema: "bench" });
  const service = track(childService(child));
  await waitForIndexer({ url, rpcUrl, isAlive: child.alive, timeoutMs, hint: `See ${logFile}.` });
  const seconds = (performance.now() - started) / 1000;
  const profile = await readBackfillProfile(url);
  return { result: { seconds, headBlock, profile, logFile }, url, pid: child.process.pid, service };
}
