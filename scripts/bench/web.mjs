#!/usr/bin/env node
// `npm run bench:web`: what a visitor's browser pays for the app's pages.
//
//   1. The production build (`next build`, skipped when the sources have not changed).
//   2. The seeded devnet, its indexer on a fresh PGlite database and `next start`, so pages
//      render the real numbers.
//   3. The routes: every page in the build's route manifest, dynamic segments filled from the
//      indexer (the largest prover, the newest request), plus the watch-only views
//      /portfolio?address=<a seeded staker> and /prover?address=<the largest prover>
//      (scripts/bench/web-routes.mjs).
//   4. First-load JS (gzip) of each route.
//   5. Lighthouse's accessibility score of each route in light and in dark, with the failing
//      audits and their elements; its performance score with FCP, LCP, TBT and CLS for / and
//      /provers. Both in the Chromium the e2e tests drive.
//   6. The longest main-thread task of the big lists, /provers and /market, loading and going to
//      their next page (scripts/bench/web-long-tasks.mjs).
//
// Figures go to stdout as tables and to .data/bench/web.json (web-synthetic.json for the
// synthetic chain); nothing is asserted. Logs: .data/logs/bench-web-*.log.
//
//   npm run bench:web -- [--runs 3] [--no-build] [--chain seeded|synthetic]
//   --no-build measures the .next/ that is there (e.g. a build of another commit).
//   --chain synthetic serves the synthetic chain (1,000 provers, 10,000 stakers; generated on
//   first use, see scripts/bench/synthetic-chain.mjs) and measures the big lists only: their
//   first-load JS and their longest tasks.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild } from "../app/build.mjs";
import { startApp } from "../app/start-app.mjs";
import { startAnvil } from "../devnet/anvil.mjs";
import { prepareDevnet } from "../devnet/prepare.mjs";
import { startIndexer, waitForIndexer } from "../indexer/run.mjs";
import { UserError } from "../lib/fail.mjs";
import { describeMachine, oneMinuteLoad } from "../lib/machine.mjs";
import { DATA_DIR, ROOT } from "../lib/paths.mjs";
import { freePort } from "../lib/ports.mjs";
import { startPostgres } from "../pg/throwaway.mjs";
import { freshPostgres } from "./databases.mjs";
import { createRpcClient } from "./json-rpc.mjs";
import { writeReport } from "./report.mjs";
import { childService, installSignalHandlers, runWithServices, stopAll, track } from "./services.mjs";
import { prepareSyntheticChain } from "./synthetic-chain.mjs";
import { measureFirstLoad } from "./web-first-load.mjs";
import { measureAccessibility, measureLighthouse } from "./web-lighthouse.mjs";
import { LIST_PAGES, measureLongTasks } from "./web-long-tasks.mjs";
import {
  formatAccessibility,
  formatFailingAudits,
  formatFirstLoad,
  formatLighthouse,
  formatLongTasks,
  WEB_TARGETS,
} from "./web-report.mjs";
import { benchRoutes } from "./web-routes.mjs";

const BENCH_DIR = join(DATA_DIR, "bench");
const LOG_DIR = join(DATA_DIR, "logs");
const CHAINS = ["seeded", "synthetic"];
/** How many of a devnet's newest blocks Ponder counts as unfinalized (its default for chain 31337). */
const LIVE_BLOCKS = 30;

/** @param {string} line */
const log = (line) => console.log(`  ${line}`);

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      "no-build": { type: "boolean", default: false },
      chain: { type: "string", default: "seeded" },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(runs) || runs < 1)
    throw new UserError(`--runs ${values.runs} is not a positive whole number.`);
  if (!CHAINS.includes(values.chain))
    throw new UserError(`--chain must be ${CHAINS.join(" or ")}, not ${values.chain}.`);
  return { runs, build: !values["no-build"], chain: /** @type {"seeded" | "synthetic"} */ (values.chain) };
}

/** @param {"seeded" | "synthetic"} chain the anvil state that chain starts from */
async function chainState(chain) {
  if (chain === "synthetic") return (await prepareSyntheticChain({ log })).stateFile;
  return (await prepareDevnet({ dataDir: DATA_DIR, onDeploymentChange: "fail", log })).genesisState;
}

/**
 * The indexer's empty database: PGlite for the seeded chain; a throwaway Postgres (or
 * DATABASE_URL's) for the synthetic one, whose backfill PGlite does not finish in a bench's time.
 * @param {"seeded" | "synthetic"} chain
 * @returns {Promise<{ pgliteDir: string } | { databaseUrl: string }>}
 */
async function indexerDatabase(chain) {
  if (chain === "synthetic") {
    const postgres = await startPostgres({ log });
    track({ name: "postgres", stop: postgres.stop });
    return (await freshPostgres(postgres.url, "web_synthetic")).database;
  }
  const pgliteDir = join(BENCH_DIR, "web-pglite");
  rmSync(pgliteDir, { recursive: true, force: true });
  return { pgliteDir };
}

/**
 * The chain, its indexer caught up and the production app reading both.
 * @param {"seeded" | "synthetic"} chain
 */
async function startStack(chain) {
  const anvil = await startAnvil({
    port: await freePort(),
    portEnvVar: "(a free port)",
    logFile: join(LOG_DIR, "bench-web-anvil.log"),
    loadState: await chainState(chain),
  });
  track(childService(anvil.child));
  if (chain === "synthetic") {
    // Ponder indexes the last 30 blocks of a devnet live, one by one (a minute for each block of
    // 2,000 rewards on a loaded machine); empty blocks on top leave the whole history to the backfill.
    const rpc = createRpcClient(anvil.rpcUrl);
    await rpc.call("anvil_mine", [LIVE_BLOCKS]);
    rpc.close();
  }

  const indexerLog = join(LOG_DIR, "bench-web-indexer.log");
  const indexer = startIndexer({
    rpcUrl: anvil.rpcUrl,
    port: await freePort(),
    logFile: indexerLog,
    database: await indexerDatabase(chain),
    schema: "bench_web",
  });
  track(childService(indexer.child));
  await waitForIndexer({
    url: indexer.url,
    rpcUrl: anvil.rpcUrl,
    isAlive: indexer.child.alive,
    hint: `See ${indexerLog}.`,
  });
  log(`indexer caught up at ${indexer.url}`);

  const appLog = join(LOG_DIR, "bench-web-app.log");
  const app = await startApp({
    name: "app",
    port: await freePort(),
    rpcUrl: anvil.rpcUrl,
    indexerUrl: indexer.url,
    logFile: appLog,
  });
  track(childService(app.child));
  const appUrl = app.url;
  log(`app ready at ${appUrl}`);
  return { appUrl, indexerUrl: indexer.url };
}

async function main() {
  installSignalHandlers();
  const options = readOptions();
  const machine = describeMachine("Web benchmark");
  if (options.build) {
    await ensureBuild({ log });
  } else if (!existsSync(join(ROOT, ".next", "BUILD_ID"))) {
    throw new UserError("--no-build, but there is no production build in .next/: run `npm run build` first.");
  }

  const { appUrl, indexerUrl } = await startStack(options.chain);
  // The synthetic chain is there for the big lists; the other pages are measured on the seeded one.
  const synthetic = options.chain === "synthetic";
  /** @type {import("./web-routes.mjs").BenchRoute[]} */
  const listRoutes = LIST_PAGES.map(({ route }) => ({ route, kind: "read" }));
  const routes = synthetic ? listRoutes : await benchRoutes(indexerUrl);
  const firstLoad = await measureFirstLoad(appUrl, routes);
  log(`first-load JS measured for ${routes.length} routes; longest tasks of the big lists, ${options.runs} run(s)…`);
  const longTasks = await measureLongTasks({ baseUrl: appUrl, runs: options.runs, log });
  let lighthouse = /** @type {import("./web-lighthouse.mjs").LighthouseResult[]} */ ([]);
  let accessibility = /** @type {import("./web-lighthouse.mjs").AccessibilityResult[]} */ ([]);
  if (!synthetic) {
    log("Lighthouse accessibility, light and dark…");
    accessibility = await measureAccessibility({ baseUrl: appUrl, routes: routes.map((row) => row.route), log });
    log(`Lighthouse performance, ${options.runs} run(s) per page…`);
    lighthouse = await measureLighthouse({ baseUrl: appUrl, routes: ["/", "/provers"], runs: options.runs, log });
  }
  await stopAll();

  const tables = [formatFirstLoad(firstLoad), formatLongTasks(longTasks)];
  if (!synthetic)
    tables.push(formatLighthouse(lighthouse), formatAccessibility(accessibility), formatFailingAudits(accessibility));
  console.log(`\n${tables.join("\n\n")}\n`);
  for (const result of lighthouse) log(`largest paint on ${result.route}: ${result.lcpElement ?? "unknown"}`);
  const warnings = [...lighthouse, ...accessibility].flatMap((result) => result.warnings);
  for (const warning of new Set(warnings)) log(`Lighthouse warned: ${warning}`);
  const reportFile = join(BENCH_DIR, synthetic ? "web-synthetic.json" : "web.json");
  writeReport(reportFile, {
    measuredAt: new Date().toISOString(),
    chain: options.chain,
    machine: { ...machine, loadAverageAtEnd: oneMinuteLoad() },
    targets: WEB_TARGETS,
    firstLoad,
    longTasks,
    ...(synthetic ? {} : { lighthouse, accessibility }),
  });
  console.log(`Figures written to ${reportFile}.`);
}

runWithServices(main);
