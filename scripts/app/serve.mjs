// How the benchmarks and the topology test start the app: the production build under
// `next start`, on 127.0.0.1. One function, so a production server script (health, readiness,
// drain on SIGTERM) can take its place in one edit.

import { startChild } from "../lib/children.mjs";
import { ROOT } from "../lib/paths.mjs";
import { waitFor } from "../lib/wait.mjs";
import { nextBin } from "./build.mjs";

/**
 * @param {{ name: string, port: number, rpcUrl: string, indexerUrl: string, logFile: string }} options
 */
export async function startApp({ name, port, rpcUrl, indexerUrl, logFile }) {
  const child = startChild(
    name,
    process.execPath,
    [nextBin(), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: ROOT,
      logFile,
      env: { CHAIN: "devnet", RPC_URL: rpcUrl, INDEXER_URL: indexerUrl, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}/api/health`)).ok, {
      what: `The app (${name}, next start)`,
      isAlive: child.alive,
      hint: `See ${logFile}.`,
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { child, url };
}
