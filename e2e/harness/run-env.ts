// The contract between global setup (which starts the chain and the app) and the tests:
// environment variables that Playwright workers inherit, mirrored in a JSON file so a
// person (or another script) can see what the last run talked to.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT } from "../../scripts/lib/paths.mjs";

export const RESULTS_DIR = join(ROOT, "test-results");
export const LOG_DIR = join(RESULTS_DIR, "logs");
export const RUN_ENV_FILE = join(RESULTS_DIR, "e2e-env.json");

export type RunEnv = {
  /** The forked chain every test talks to (snapshot/revert around each test). */
  rpcUrl: string;
  chainId: number;
  /** Block the fork was pinned at. */
  forkBlock: number;
  /** The production server (`npm run serve`) of the build, reading the fork. */
  appUrl: string;
  /** The indexer following the fork; empty when none runs (a non-devnet fork). */
  indexerUrl: string;
};

const VARS = {
  rpcUrl: "E2E_RPC_URL",
  chainId: "E2E_CHAIN_ID",
  forkBlock: "E2E_FORK_BLOCK_PINNED",
  appUrl: "E2E_APP_URL",
  indexerUrl: "E2E_INDEXER_URL",
} as const;

/** Publishes the run's endpoints: process.env for the workers Playwright forks after setup, plus a JSON file. */
export function publishRunEnv(env: RunEnv): void {
  process.env[VARS.rpcUrl] = env.rpcUrl;
  process.env[VARS.chainId] = String(env.chainId);
  process.env[VARS.forkBlock] = String(env.forkBlock);
  process.env[VARS.appUrl] = env.appUrl;
  process.env[VARS.indexerUrl] = env.indexerUrl;
  mkdirSync(dirname(RUN_ENV_FILE), { recursive: true });
  writeFileSync(RUN_ENV_FILE, `${JSON.stringify(env, null, 2)}\n`);
}

/** The endpoints inside a worker; a missing value means the tests were started without global setup. */
export function readRunEnv(): RunEnv {
  const missing = Object.values(VARS).filter((name) => process.env[name] === undefined);
  if (missing.length > 0) {
    throw new Error(
      `${missing.join(", ")} not set: run the e2e tests through playwright.config.ts (npx playwright test), whose global setup starts the fork and the app.`,
    );
  }
  return {
    rpcUrl: process.env[VARS.rpcUrl] as string,
    chainId: Number(process.env[VARS.chainId]),
    forkBlock: Number(process.env[VARS.forkBlock]),
    appUrl: process.env[VARS.appUrl] as string,
    indexerUrl: process.env[VARS.indexerUrl] as string,
  };
}

/** The app URL when setup has published it (the config is also evaluated before setup runs). */
export function appUrlIfKnown(): string | undefined {
  return process.env[VARS.appUrl] || undefined;
}
