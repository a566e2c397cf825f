import { startChild } from "../lib/children.mjs";
import { ROOT } from "../lib/paths.mjs";
import { waitFor } from "../lib/wait.mjs";
import { nextBin } from "./build.mjs";

/**
 * `next start` on the production build, reading the devnet at `rpcUrl` and the indexer at
 * `indexerUrl`; resolves once /api/health answers. `register` gets the child at once, so a caller
 * can stop it even when it never becomes healthy.
 * @param {object} options
 * @param {number} options.port
 * @param {string} options.rpcUrl
 * @param {string} options.indexerUrl
 * @param {string} options.logFile
 * @param {string} [options.hostname]
 * @param {(child: import("../lib/children.mjs").Child) => void} options.register
 */
export async function startApp({ port, rpcUrl, indexerUrl, logFile, hostname, register }) {
  const args = [nextBin(), "start", "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
  const child = startChild("app", process.execPath, args, {
    cwd: ROOT,
    logFile,
    env: { CHAIN: "devnet", RPC_URL: rpcUrl, INDEXER_URL: indexerUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  register(child);
  const url = `http://${hostname ?? "localhost"}:${port}`;
  await waitFor(async () => (await fetch(`${url}/api/health`)).ok, {
    what: "The app (next start)",
    isAlive: child.alive,
    hint: `See ${logFile}.`,
  });
  return { child, url };
}
