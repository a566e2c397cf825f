// A second `next start` of the same build, reading the same fork but pointed at an indexer
// that does not answer: how the app behaves when its history source is down.
import { join } from "node:path";
import { nextBin } from "../../scripts/app/build.mjs";
import { startChild } from "../../scripts/lib/children.mjs";
import { freePort } from "../../scripts/lib/ports.mjs";
import { waitFor } from "../../scripts/lib/wait.mjs";
import { LOG_DIR } from "../harness/run-env";

export async function startAppWithoutIndexer(
  rpcUrl: string,
): Promise<{ url: string; indexerUrl: string; logFile: string; stop(): Promise<void> }> {
  const [port, deadPort] = [await freePort(), await freePort()];
  const indexerUrl = `http://127.0.0.1:${deadPort}`;
  const logFile = join(LOG_DIR, "e2e-app-without-indexer.log");
  const child = startChild(
    "app-without-indexer",
    process.execPath,
    [nextBin(), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      logFile,
      env: {
        RPC_URL: rpcUrl,
        // Nothing listens there: every indexer read fails as if the indexer were down.
        INDEXER_URL: indexerUrl,
        CHAIN: "devnet",
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        const response = await fetch(`${url}/api/health`);
        await response.body?.cancel();
        return response.ok || undefined;
      },
      { what: "The app without an indexer", isAlive: child.alive, timeoutMs: 60_000 },
    );
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { url, indexerUrl, logFile, stop: () => child.stop() };
}
