// Starts what the e2e tests run against: upstream chain → pinned anvil fork → the indexer
// following the fork → the production server (`npm run serve`) reading both. Returns the teardown, which Playwright runs after the last test
// whether tests passed or not; a failure half-way stops what had already started.

import { rmSync } from "node:fs";
import { join } from "node:path";
import type { FullConfig } from "@playwright/test";
import { resolveChromiumPath } from "../scripts/lib/chromium.mjs";
import { clearAbort } from "./harness/abort";
import { assertAppBuilt, startApp } from "./harness/app-server";
import { startFork, startUpstream } from "./harness/chains";
import { startE2eIndexer } from "./harness/indexer";
import { LOG_DIR, publishRunEnv, RUN_ENV_FILE } from "./harness/run-env";
import { stopAll, track } from "./harness/services";

const log = (line: string) => console.log(`  e2e: ${line}`);

export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const started = performance.now();
  for (const name of ["e2e-upstream-anvil.log", "e2e-fork-anvil.log", "e2e-indexer.log", "e2e-app.log"]) {
    rmSync(join(LOG_DIR, name), { force: true });
  }
  rmSync(RUN_ENV_FILE, { force: true });
  clearAbort();
  try {
    // Fail on a missing build or browser before spending time on chains.
    assertAppBuilt();
    await resolveChromiumPath();
    const upstream = await startUpstream(log);
    if (upstream.service) track(upstream.service);
    const fork = await startFork(upstream, log);
    track(fork.service);
    const indexer = await startE2eIndexer(fork, log);
    if (indexer) track(indexer.service);
    const app = await startApp({ ...fork, indexerUrl: indexer?.url }, log);
    track(app.service);
    publishRunEnv({
      rpcUrl: fork.rpcUrl,
      chainId: fork.chainId,
      forkBlock: fork.forkBlock,
      appUrl: app.url,
      indexerUrl: indexer?.url ?? "",
    });
  } catch (error) {
    // The setup error is the one worth reading; a teardown problem is only logged.
    await stopAll().catch((stopError) => console.error(stopError));
    throw error;
  }
  log(`ready in ${Math.round(performance.now() - started)} ms (logs in test-results/logs/)`);
  return async () => {
    const stopping = performance.now();
    await stopAll();
    log(`stopped app, indexer, fork and upstream in ${Math.round(performance.now() - stopping)} ms (ps: none left)`);
  };
}
