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
//
// Figures go to stdout as tables and to .data/bench/web.json; nothing is asserted.
// Logs: .data/logs/bench-web-*.log.
//
//   npm run bench:web -- [--runs 3] [--no-build]
//   --no-build measures the .next/ that is there (e.g. a build of another commit).
import { existsSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild } from "../app/build.mjs";
import { startApp } from "../app/serve.mjs";
import { startAnvil } from "../devnet/anvil.mjs";
import { prepareDevnet } from "../devnet/prepare.mjs";
import { startIndexer, waitForIndexer } from "../indexer/run.mjs";
import { runMain, UserError } from "../lib/fail.mjs";
import { DATA_DIR, ROOT } from "../lib/paths.mjs";
import { freePort } from "../lib/ports.mjs";
import { writeReport } from "./report.mjs";
import { childService, installSignalHandlers, interrupted, stopAll, track } from "./services.mjs";
import { measureFirstLoad } from "./web-first-load.mjs";
import { measureAccessibility, measureLighthouse } from "./web-lighthouse.mjs";
import {
  formatAccessibility,
  formatFailingAudits,
  formatFirstLoad,
  formatLighthouse,
  WEB_TARGETS,
} from "./web-report.mjs";
import { benchRoutes } from "./web-routes.mjs";

const BENCH_DIR = join(DATA_DIR, "bench");
const LOG_DIR = join(DATA_DIR, "logs");
const REPORT_FILE = join(BENCH_DIR, "web.json");

/** @param {string} line */
const log = (line) => console.log(`  ${line}`);

function readOptions() {
  const { values } = parseArgs({
    options: { runs: { type: "string", default: "3" }, "no-build": { type: "boolean", default: false } },
  });
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(runs) || runs < 1)
    throw new UserError(`--runs ${values.runs} is not a positive whole number.`);
  return { runs, build: !values["no-build"] };
}

/** The seeded devnet, its indexer caught up and the production app reading both. */
async function startStack() {
  const { genesisState } = await prepareDevnet({ dataDir: DATA_DIR, onDeploymentChange: "fail", log });
  const anvil = await startAnvil({
    port: await freePort(),
    portEnvVar: "(a free port)",
    logFile: join(LOG_DIR, "bench-web-anvil.log"),
    loadState: genesisState,
  });
  track(childService(anvil.child));

  const pgliteDir = join(BENCH_DIR, "web-pglite");
  rmSync(pgliteDir, { recursive: true, force: true });
  const indexerLog = join(LOG_DIR, "bench-web-indexer.log");
  const indexer = startIndexer({
    rpcUrl: anvil.rpcUrl,
    port: await freePort(),
    logFile: indexerLog,
    database: { pgliteDir },
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

  const app = await startApp({
    port: await freePort(),
    hostname: "127.0.0.1",
    rpcUrl: anvil.rpcUrl,
    indexerUrl: indexer.url,
    logFile: join(LOG_DIR, "bench-web-app.log"),
    register: (child) => track(childService(child)),
  });
  const appUrl = app.url;
  log(`app ready at ${appUrl}`);
  return { appUrl, indexerUrl: indexer.url };
}

async function main() {
  installSignalHandlers();
  const options = readOptions();
  const machine = { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg()[0] ?? 0 };
  console.log(
    `Web benchmark: ${machine.cpus} CPUs, Node ${machine.node}, load ${machine.loadAverageAtStart.toFixed(2)}`,
  );
  if (options.build) {
    await ensureBuild({ log });
  } else if (!existsSync(join(ROOT, ".next", "BUILD_ID"))) {
    throw new UserError("--no-build, but there is no production build in .next/: run `npm run build` first.");
  }

  const { appUrl, indexerUrl } = await startStack();
  const routes = await benchRoutes(indexerUrl);
  const firstLoad = await measureFirstLoad(appUrl, routes);
  log(`first-load JS measured for ${routes.length} routes; Lighthouse accessibility, light and dark…`);
  const accessibility = await measureAccessibility({ baseUrl: appUrl, routes: routes.map((row) => row.route), log });
  log(`Lighthouse performance, ${options.runs} run(s) per page…`);
  const lighthouse = await measureLighthouse({ baseUrl: appUrl, routes: ["/", "/provers"], runs: options.runs, log });
  await stopAll();

  console.log(
    `\n${formatFirstLoad(firstLoad)}\n\n${formatLighthouse(lighthouse)}\n\n${formatAccessibility(accessibility)}\n\n${formatFailingAudits(accessibility)}\n`,
  );
  for (const result of lighthouse) log(`largest paint on ${result.route}: ${result.lcpElement ?? "unknown"}`);
  const warnings = [...lighthouse, ...accessibility].flatMap((result) => result.warnings);
  for (const warning of new Set(warnings)) log(`Lighthouse warned: ${warning}`);
  writeReport(REPORT_FILE, {
    measuredAt: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd: loadavg()[0] ?? 0 },
    targets: WEB_TARGETS,
    firstLoad,
    lighthouse,
    accessibility,
  });
  console.log(`Figures written to ${REPORT_FILE}.`);
}

runMain(async () => {
  try {
    await main();
  } catch (error) {
    const cut = interrupted();
    if (cut) await cut;
    await stopAll();
    throw error;
  }
});
