// The production server (`npm run serve`, started as everywhere else by scripts/app/start-app.mjs),
// reading the fork. The test runner builds before Playwright; we never build here (a minute and
// 1.3 GB), we only refuse a missing build.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { startApp as startServer } from "../../scripts/app/start-app.mjs";
import { UserError } from "../../scripts/lib/fail.mjs";
import { ROOT } from "../../scripts/lib/paths.mjs";
import { assertPortFree, freePort, portFromEnv } from "../../scripts/lib/ports.mjs";
import { LOG_DIR } from "./run-env";
import type { Service } from "./services";

const BASE_CHAIN_ID = 8453;
const DEVNET_CHAIN_ID = 31337;

export type App = {
  url: string;
  service: Service;
  /** Its process id and exit code, for a test that signals it itself. */
  pid: number | undefined;
  exited: Promise<number | null>;
  logFile: string;
};

/** Checked first thing in setup, so a missing build fails before any chain starts. */
export function assertAppBuilt(): void {
  if (!existsSync(join(ROOT, ".next", "BUILD_ID"))) {
    throw new UserError("There is no production build of the app (.next/BUILD_ID): run `npm run build` first.");
  }
}

export async function startApp(
  {
    rpcUrl,
    chainId,
    indexerUrl,
    env = {},
    logName = "e2e-app",
  }: { rpcUrl: string; chainId: number; indexerUrl?: string; env?: Record<string, string>; logName?: string },
  log: (line: string) => void,
): Promise<App> {
  if (chainId !== BASE_CHAIN_ID && chainId !== DEVNET_CHAIN_ID) {
    throw new UserError(
      `The forked chain has id ${chainId}, but the app serves only the devnet (${DEVNET_CHAIN_ID}) and Base (${BASE_CHAIN_ID}): point E2E_FORK_URL at one of those.`,
    );
  }
  assertAppBuilt();
  const requested = portFromEnv("E2E_APP_PORT", 0);
  const port = requested === 0 ? await freePort() : requested;
  if (requested !== 0) await assertPortFree(port, "E2E_APP_PORT", "e2e app");

  const logFile = join(LOG_DIR, `${logName}.log`);
  const url = `http://127.0.0.1:${port}`;
  // The app's own store (sign-in, bid settings) starts empty in every run and is removed after it.
  const appDataDir = mkdtempSync(join(tmpdir(), "provernet-e2e-app-db-"));
  const hint = `See ${relative(ROOT, logFile)}.`;
  let child: Awaited<ReturnType<typeof startServer>>["child"] | undefined;
  const stop = async () => {
    await child?.stop();
    rmSync(appDataDir, { recursive: true, force: true });
  };
  try {
    ({ child } = await startServer({
      name: "app",
      port,
      hostname: "127.0.0.1",
      rpcUrl,
      indexerUrl,
      logFile,
      hint,
      env: {
        // The app knows two networks; a fork keeps its upstream's chain id.
        CHAIN: chainId === BASE_CHAIN_ID ? "base" : "devnet",
        // Sign-in checks the page's origin and seals its cookie; Base needs both set, the devnet too in a run.
        APP_ORIGIN: url,
        SESSION_SECRET: randomBytes(32).toString("base64url"),
        // Never a Postgres the shell happens to name: that store would outlive the run.
        APP_DATABASE_URL: "",
        DATABASE_URL: "",
        APP_DATA_DIR: appDataDir,
        ...env,
      },
    }));
    // The first render (server chunks, the chain reads) is paid here rather than by the first test.
    const response = await fetch(`${url}/`, { redirect: "manual" });
    await response.body?.cancel();
    if (response.status !== 200)
      throw new UserError(`The app answered ${response.status} for / instead of 200. ${hint}`);
  } catch (error) {
    await stop();
    throw error;
  }
  const service: Service = { name: "app", pid: child.process.pid, stop };
  log(`app: ${url} (CHAIN=${chainId === BASE_CHAIN_ID ? "base" : "devnet"}, RPC_URL=${rpcUrl})`);
  return { url, service, pid: child.process.pid, exited: child.exited, logFile };
}
