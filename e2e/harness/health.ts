// Before each test: the fork, the app and the indexer every test shares all answer, or the run
// is aborted with the one that does not, instead of a test timing out on a blank page.
import { abortRun, describeError } from "./abort";
import { forkRpc } from "./fork";
import type { RunEnv } from "./run-env";

const CALL_TIMEOUT_MS = 3_000;

async function answers(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    return describeError(error);
  }
}

export async function assertServicesAnswer(env: RunEnv): Promise<void> {
  const [, app, indexer] = await Promise.all([
    forkRpc(env.rpcUrl, "eth_blockNumber"),
    answers(`${env.appUrl}/api/health`),
    env.indexerUrl ? answers(`${env.indexerUrl}/status`) : null,
  ]);
  if (app)
    abortRun(`The app at ${env.appUrl} does not answer /api/health (${app}). See test-results/logs/e2e-app.log.`);
  if (indexer) {
    abortRun(
      `The indexer at ${env.indexerUrl} does not answer /status (${indexer}). See test-results/logs/e2e-indexer.log.`,
    );
  }
}
