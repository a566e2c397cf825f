// Starts the production app (`scripts/app/serve.mjs` around the build) on the devnet as a child
// and waits for its readiness probe: how `npm start`, the benchmarks and the topology test run it.
import { startChild } from "../lib/children.mjs";
import { ROOT } from "../lib/paths.mjs";
import { waitFor } from "../lib/wait.mjs";
import { SERVE_SCRIPT } from "./build.mjs";

/**
 * @param {{ name: string, port: number, hostname?: string, rpcUrl: string, indexerUrl?: string, logFile: string, hint?: string, env?: Record<string, string | undefined> }} options
 *   `hostname` defaults to every interface; `hint` is said if it does not come up (default: its
 *   log); `env` adds to (or overrides) the devnet's settings.
 */
export async function startApp({ name, port, hostname, rpcUrl, indexerUrl, logFile, hint = `See ${logFile}.`, env }) {
  const args = [SERVE_SCRIPT, "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
  const child = startChild(name, process.execPath, args, {
    cwd: ROOT,
    logFile,
    env: { CHAIN: "devnet", RPC_URL: rpcUrl, INDEXER_URL: indexerUrl, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const url = `http://${hostname ?? "127.0.0.1"}:${port}`;
  try {
    await waitFor(
      async () => {
        const ready = await fetch(`${url}/readyz`);
        await ready.body?.cancel();
        return ready.ok;
      },
      { what: `The app (${name})`, isAlive: child.alive, hint },
    );
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { child, url };
}
