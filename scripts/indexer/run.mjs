import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startChild } from "../lib/children.mjs";
import { UserError } from "../lib/fail.mjs";
import { fingerprint } from "../lib/fingerprint.mjs";
import { ROOT } from "../lib/paths.mjs";
import { rpc, waitFor } from "../lib/wait.mjs";

export const INDEXER_DIR = join(ROOT, "indexer");

/** What Ponder's build id is made of: when any of it changes, Ponder refuses the old tables. */
const INDEXER_SOURCES = [
  "indexer/ponder.config.ts",
  "indexer/ponder.schema.ts",
  "indexer/src",
  "lib/contracts",
  "lib/chain",
  "lib/math",
  "lib/indexer",
  "lib/market",
  "lib/provers",
  "package-lock.json",
];

/**
 * An embedded database made by other indexer code cannot be resumed (Ponder stops with
 * "schema was previously used by a different Ponder app"): start it over instead.
 * @param {string} pgliteDir
 * @param {(line: string) => void} log
 */
export function resetStaleDatabase(pgliteDir, log) {
  const stamp = `${pgliteDir}.fingerprint`;
  const current = fingerprint(ROOT, INDEXER_SOURCES);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === current) return;
  if (existsSync(pgliteDir)) log("Indexer: its code changed since the last run, so it indexes the history again.");
  rmSync(pgliteDir, { recursive: true, force: true });
  mkdirSync(dirname(pgliteDir), { recursive: true });
  writeFileSync(stamp, current);
}

/** Absolute path of the Ponder CLI, or a plain error when dependencies are missing. */
export function ponderBin() {
  // Ponder's package.json "exports" hides dist/esm/bin, so a require.resolve of that subpath
  // always throws: resolve the package's entry point and find the CLI beside it.
  let bin;
  try {
    const entry = fileURLToPath(import.meta.resolve("ponder"));
    bin = join(dirname(entry), "bin", "ponder.js");
  } catch {
    // Under vitest (vite-node) import.meta has no resolve(): walk Node's lookup paths instead.
    const paths = createRequire(join(ROOT, "package.json")).resolve.paths("ponder") ?? [];
    bin = paths.map((dir) => join(dir, "ponder", "dist", "esm", "bin", "ponder.js")).find(existsSync) ?? "";
  }
  if (!bin || !existsSync(bin)) throw new UserError("Ponder is not installed: run `npm ci` in the repository root.");
  return bin;
}

/**
 * @typedef {object} IndexerOptions
 * @property {string} rpcUrl chain to index
 * @property {number} port HTTP port of the indexer's API
 * @property {string} logFile
 * @property {{ pgliteDir: string } | { databaseUrl: string }} database
 * @property {string} [schema] database schema the tables live in
 * @property {string} [viewsSchema] schema Ponder points at this deployment's tables (views) once it is ready
 * @property {string} [config] Ponder config file, relative to indexer/ (default ponder.config.ts)
 * @property {Record<string, string>} [env] extra environment (e.g. CHAIN)
 * @property {{ level: "info" | "debug", format: "pretty" | "json" }} [log] how Ponder writes its log; the e2e
 *   harness reads it as JSON to say why the indexer is stuck
 */

/**
 * Runs a Ponder command in indexer/ on the given chain and database.
 * @param {"start" | "serve"} command
 * @param {IndexerOptions} options
 */
function runPonder(
  command,
  { rpcUrl, port, logFile, database, schema = "provernet", viewsSchema, config, env = {}, log },
) {
  const args = [ponderBin(), command, "--schema", schema, "--port", String(port)];
  if (viewsSchema) args.push("--views-schema", viewsSchema);
  if (config) args.push("--config", config);
  if (log) args.push("--log-level", log.level, "--log-format", log.format);
  // The key that spares the app's server the indexer's rate limit: the app, started later by the
  // same process, inherits it from the environment.
  process.env.INDEXER_API_KEY ||= randomBytes(24).toString("hex");
  const child = startChild(command === "start" ? "indexer" : "indexer API", process.execPath, args, {
    cwd: INDEXER_DIR,
    logFile,
    env: {
      CHAIN: "devnet",
      ...env,
      RPC_URL: rpcUrl,
      // Ponder prefers $PORT to --port, and $PORT is the app's port when the demo runs.
      PORT: String(port),
      PONDER_TELEMETRY_DISABLED: "true",
      ...("databaseUrl" in database
        ? { DATABASE_URL: database.databaseUrl, PONDER_PGLITE_DIR: undefined }
        : { PONDER_PGLITE_DIR: database.pgliteDir, DATABASE_URL: undefined }),
    },
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/**
 * Starts `ponder start` on the given chain and database. The schema is fixed per database so a
 * restarted indexer resumes its own tables (Ponder's crash recovery) instead of starting over.
 * @param {IndexerOptions} options
 */
export function startIndexer(options) {
  return runPonder("start", options);
}

/**
 * Starts `ponder serve`: the same API without indexing, reading the tables (or views) in `schema`
 * that a `ponder start` elsewhere writes. Postgres only.
 * @param {Omit<IndexerOptions, "viewsSchema"> & { database: { databaseUrl: string } }} options
 */
export function serveIndexer(options) {
  return runPonder("serve", options);
}

/**
 * Resolves once the indexer has indexed the chain's head block as it is now: `/ready` alone
 * answers before the last rows land, `/status` alone before a restart's catch-up is done, and
 * the head's timestamp must match too: after an evm_revert the new branch reaches the old
 * height before the indexer has followed the reorg.
 * @param {{ url: string, rpcUrl: string, isAlive?: () => boolean, timeoutMs?: number, hint?: string }} options
 */
// A backfill of the seeded devnet takes minutes on 2 busy cores; a dead indexer fails the wait at once (isAlive).
export async function waitForIndexer({ url, rpcUrl, isAlive, timeoutMs = 600_000, hint = "" }) {
  return waitFor(
    async () => {
      // After a restart Ponder re-indexes its unfinalized blocks while /status still shows the
      // old checkpoint; /ready answers 200 only once that catch-up is done.
      const ready = await fetch(`${url}/ready`);
      await ready.body?.cancel();
      if (!ready.ok) return false;
      const response = await fetch(`${url}/status`);
      if (!response.ok) return false;
      const indexed = Object.values(await response.json())[0]?.block;
      const head = await rpc(rpcUrl, "eth_getBlockByNumber", ["latest", false]);
      const atHead =
        indexed?.number === Number(BigInt(head.number)) && indexed?.timestamp === Number(BigInt(head.timestamp));
      return atHead ? indexed.number : false;
    },
    { what: "The indexer", timeoutMs, intervalMs: 250, isAlive, hint },
  );
}
