// The processes of the production topology on one Postgres: indexer writers (`ponder start`,
// each deployment in its own schema, publishing its tables as views in one fixed schema once it
// is ready), API replicas (`ponder serve` reading those views) and app instances, each started
// by one function so the test can kill one and start it again on the same port.
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { startApp } from "../app/start-app.mjs";
import { INDEXER_DIR, serveIndexer, startIndexer } from "../indexer/run.mjs";
import { waitFor } from "../lib/wait.mjs";

/** The schema the replicas read: views onto the tables of the deployment that is live. */
export const VIEWS_SCHEMA = "topology";

/**
 * @typedef {object} StackContext
 * @property {string} databaseUrl
 * @property {string} rpcUrl
 * @property {string} logDir
 * @property {string} dataDir where the redeploy's config is written
 */

/**
 * A Ponder config for a redeploy: the project's own with `ordering` set explicitly to the
 * default it already uses. Ponder hashes that setting into the build id, so this is a changed
 * version (it must go into a new schema) that indexes exactly the same rows.
 * @param {string} dataDir
 * @returns {string} its path, relative to indexer/
 */
function redeployConfig(dataDir) {
  const file = join(dataDir, "ponder.redeploy.config.ts");
  const projectConfig = relative(dataDir, join(INDEXER_DIR, "ponder.config"));
  writeFileSync(
    file,
    `import config from "${projectConfig}";\n\nexport default { ...config, ordering: "multichain" as const };\n`,
  );
  return relative(INDEXER_DIR, file);
}

/**
 * `ponder start` into `schema`; with `publishViews`, Ponder itself points the views in
 * VIEWS_SCHEMA at its tables once it is ready (`--views-schema`).
 * @param {StackContext} context
 * @param {{ schema: string, port: number, publishViews: boolean, redeploy?: boolean }} options
 */
export function startWriter(
  { databaseUrl, rpcUrl, logDir, dataDir },
  { schema, port, publishViews, redeploy = false },
) {
  return startIndexer({
    rpcUrl,
    port,
    logFile: join(logDir, `topology-writer-${schema}.log`),
    database: { databaseUrl },
    schema,
    viewsSchema: publishViews ? VIEWS_SCHEMA : undefined,
    config: redeploy ? redeployConfig(dataDir) : undefined,
  });
}

/**
 * `ponder serve` on VIEWS_SCHEMA; resolves once it answers /ready.
 * @param {StackContext} context
 * @param {{ name: string, port: number }} options
 */
export async function startReplica({ databaseUrl, rpcUrl, logDir }, { name, port }) {
  const logFile = join(logDir, `topology-${name}.log`);
  const replica = serveIndexer({ rpcUrl, port, logFile, database: { databaseUrl }, schema: VIEWS_SCHEMA });
  try {
    await waitFor(async () => (await fetch(`${replica.url}/ready`)).ok, {
      what: `The API replica ${name} (ponder serve)`,
      isAlive: replica.child.alive,
      timeoutMs: 120_000,
      hint: `See ${logFile}.`,
    });
  } catch (error) {
    await replica.child.stop();
    throw error;
  }
  return replica;
}

/**
 * An app instance reading the indexer through `indexerUrl` (the balancer in front of the replicas).
 * @param {StackContext} context
 * @param {{ name: string, port: number, indexerUrl: string }} options
 */
export function startAppInstance({ rpcUrl, logDir }, { name, port, indexerUrl }) {
  return startApp({ name, port, rpcUrl, indexerUrl, logFile: join(logDir, `topology-${name}.log`) });
}

/**
 * The block an indexer API says it has indexed, or null when it does not answer.
 * @param {string} url
 * @returns {Promise<number | null>}
 */
export async function indexedBlock(url) {
  try {
    const response = await fetch(`${url}/status`);
    if (!response.ok) return null;
    const block = Object.values(await response.json())[0]?.block?.number;
    return typeof block === "number" ? block : null;
  } catch {
    return null;
  }
}
