#!/usr/bin/env node
// `npm run bench:indexer`: how fast the indexer backfills, and how fast its API and the app's
// pages answer when nothing they keep per block is still valid.
//
//   1. The seeded devnet (the 30-day scenario) and a synthetic chain with 1,000 provers and
//      10,000 stakers (synthetic-chain.mjs, cached in .data/bench/synthetic/). Before anything
//      indexes it, each chain gets a staker with 10,000 stakes (chain-activity.mjs).
//   2. On each chain, on PGlite and on Postgres: a backfill from an empty database (the chain's
//      head 30 empty blocks past its history, see finalizeHistory), then
//      `next start` on the production build, then, while a block with stakes, rewards, proof
//      requests and bids arrives every second, every /v1 route of the indexer (read from its
//      Hono route table), the busy staker's history page by page, and the app's /provers,
//      portfolio and CSV export, each for --seconds at --concurrency clients
//      (uncached-load.mjs).
//
// Figures go to stdout as tables, each goal marked met or missed, and to .data/bench/indexer.json;
// nothing is asserted. Logs: .data/logs/bench-*.log.
//
//   npm run bench:indexer -- [--seconds 5] [--concurrency 50] [--warmup 50]
//                            [--only seeded|synthetic] [--databases pglite,postgres] [--fresh-synthetic]
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild } from "../app/build.mjs";
import { startApp } from "../app/start-app.mjs";
import { startAnvil } from "../devnet/anvil.mjs";
import { prepareDevnet } from "../devnet/prepare.mjs";
import { runMain, UserError } from "../lib/fail.mjs";
import { describeMachine, oneMinuteLoad } from "../lib/machine.mjs";
import { DATA_DIR } from "../lib/paths.mjs";
import { freePort } from "../lib/ports.mjs";
import { startPostgres } from "../pg/throwaway.mjs";
import { runBackfill } from "./backfill.mjs";
import { addBusyStaker, finalizeHistory } from "./chain-activity.mjs";
import { freshPglite, freshPostgres } from "./databases.mjs";
import { countIndexedEvents } from "./event-count.mjs";
import { formatLatency, formatTable, goalLines, slowStatements, TARGETS, writeReport } from "./report.mjs";
import { childService, installSignalHandlers, interrupted, stop, stopAll, track } from "./services.mjs";
import { prepareSyntheticChain, SYNTHETIC_DEFAULTS } from "./synthetic-chain.mjs";
import { measureUncached } from "./uncached-load.mjs";

const BENCH_DIR = join(DATA_DIR, "bench");
const LOG_DIR = join(DATA_DIR, "logs");
const REPORT_FILE = join(BENCH_DIR, "indexer.json");
const DATABASES = /** @type {const} */ (["pglite", "postgres"]);

/** @param {string} line */
const log = (line) => console.log(`  ${line}`);

/**
 * @typedef {object} Options
 * @property {number} seconds per measured target
 * @property {number} concurrency
 * @property {number} warmup requests before each target is measured
 * @property {Set<"seeded" | "synthetic">} chains
 * @property {Array<"pglite" | "postgres">} databases
 * @property {boolean} freshSynthetic
 */

/** @returns {Options} */
function readOptions() {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "5" },
      concurrency: { type: "string", default: "50" },
      warmup: { type: "string", default: "50" },
      only: { type: "string" },
      databases: { type: "string", default: DATABASES.join(",") },
      "fresh-synthetic": { type: "boolean", default: false },
    },
  });
  /** @param {string} flag @param {string} value */
  const count = (flag, value) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 1) throw new UserError(`--${flag} ${value} is not a positive whole number.`);
    return n;
  };
  if (values.only !== undefined && values.only !== "seeded" && values.only !== "synthetic") {
    throw new UserError(`--only ${values.only}: say seeded or synthetic.`);
  }
  const databases = values.databases.split(",");
  const unknown = databases.find((d) => !DATABASES.includes(/** @type {any} */ (d)));
  if (unknown !== undefined) throw new UserError(`--databases ${unknown}: say pglite, postgres or both.`);
  return {
    seconds: count("seconds", values.seconds),
    concurrency: count("concurrency", values.concurrency),
    warmup: count("warmup", values.warmup),
    chains: new Set(values.only ? [values.only] : ["seeded", "synthetic"]),
    databases: DATABASES.filter((d) => databases.includes(d)),
    freshSynthetic: values["fresh-synthetic"],
  };
}

/**
 * An anvil serving a saved chain state, registered for shutdown.
 * @param {string} stateFile
 * @param {string} name
 */
async function serveChain(stateFile, name) {
  const anvil = await startAnvil({
    port: await freePort(),
    portEnvVar: "(a free port)",
    logFile: join(LOG_DIR, `bench-anvil-${name}.log`),
    loadState: stateFile,
  });
  return { rpcUrl: anvil.rpcUrl, service: track(childService(anvil.child)) };
}

/**
 * Backfill, then API and app latency under live traffic, on one chain and one empty database.
 * @param {object} options
 * @param {"seeded" | "synthetic"} options.chain
 * @param {"pglite" | "postgres"} options.kind
 * @param {string} options.rpcUrl
 * @param {string} options.staker the account with 10,000 history entries
 * @param {string} options.postgresUrl
 * @param {Options} options.settings
 * @returns {Promise<import("./report.mjs").RunResult>}
 */
async function benchRun({ chain, kind, rpcUrl, staker, postgresUrl, settings }) {
  const name = `${chain}-${kind}`;
  const emptyBlocks = await finalizeHistory(rpcUrl);
  // Counted again for every run: the previous run's live traffic added blocks.
  const events = await countIndexedEvents(rpcUrl);
  const fresh = kind === "pglite" ? freshPglite(BENCH_DIR, name) : await freshPostgres(postgresUrl, name);
  try {
    log(`${name}: backfilling ${events.logs} events over ${events.blocks} blocks (the last ${emptyBlocks} empty)…`);
    // Other work on the machine shows here: on two cores one busy process moves every figure.
    const loadBefore = { backfill: oneMinuteLoad(), latency: 0 };
    const { result, url, pid, service } = await runBackfill({
      rpcUrl,
      database: fresh.database,
      logDir: LOG_DIR,
      name,
    });
    const backfill = {
      ...result,
      eventsPerSecond: events.logs / result.seconds,
      handledEventsPerSecond: events.handledLogs / result.seconds,
    };
    log(`${name}: head indexed in ${result.seconds.toFixed(1)} s (${Math.round(backfill.eventsPerSecond)} events/s).`);

    const app = await startApp({
      name: "app",
      port: await freePort(),
      hostname: "127.0.0.1",
      rpcUrl,
      indexerUrl: url,
      logFile: join(LOG_DIR, `bench-app-${name}.log`),
    });
    const appService = track(childService(app.child));
    log(`${name}: app ready at ${app.url}; measuring with a block a second…`);
    loadBefore.latency = oneMinuteLoad();
    const uncached = await measureUncached({
      rpcUrl,
      indexerUrl: url,
      indexerPid: pid,
      appUrl: app.url,
      appPid: app.child.process.pid,
      staker,
      databaseUrl: "databaseUrl" in fresh.database ? fresh.database.databaseUrl : null,
      settings,
      log: (line) => log(`${name}: ${line}`),
    });
    await stop(appService);
    await stop(service);
    return { chain, database: kind, events, backfill, uncached, loadAverage: loadBefore };
  } finally {
    await fresh.drop().catch((error) => log(`${name}: could not remove its database (${error})`));
  }
}

async function main() {
  installSignalHandlers();
  const settings = readOptions();
  const startedAt = new Date();
  const machine = describeMachine("Indexer benchmark");

  const postgres = await startPostgres({ log });
  track({ name: "postgres", stop: postgres.stop });

  /** @type {import("./report.mjs").RunResult[]} */
  const runs = [];
  /** @type {import("./synthetic-chain.mjs").SyntheticSummary | null} */
  let synthetic = null;

  // Pages render from the production build; made before any chain runs, so it does not share
  // the machine with a backfill.
  await ensureBuild({ log });

  /**
   * Every configured database on one chain, served from its saved state, after the busy staker's
   * history is added to it.
   * @param {"seeded" | "synthetic"} chain
   * @param {string} stateFile
   */
  const benchChain = async (chain, stateFile) => {
    const served = await serveChain(stateFile, chain);
    log(`${chain}: adding a staker with 10,000 stakes…`);
    const busy = await addBusyStaker(served.rpcUrl);
    log(`${chain}: ${busy.staker} staked ${busy.events} times in ${busy.blocks} blocks.`);
    for (const kind of settings.databases) {
      runs.push(
        await benchRun({
          chain,
          kind,
          rpcUrl: served.rpcUrl,
          staker: busy.staker,
          postgresUrl: postgres.url,
          settings,
        }),
      );
    }
    await stop(served.service);
  };

  if (settings.chains.has("seeded")) {
    const { genesisState } = await prepareDevnet({ dataDir: DATA_DIR, onDeploymentChange: "fail", log });
    await benchChain("seeded", genesisState);
  }
  if (settings.chains.has("synthetic")) {
    const prepared = await prepareSyntheticChain({ fresh: settings.freshSynthetic, log });
    synthetic = prepared.summary;
    await benchChain("synthetic", prepared.stateFile);
  }

  await stopAll();

  console.log(`\n${formatTable(runs)}\n`);
  for (const run of runs) {
    console.log(`${run.chain} · ${run.database}\n${formatLatency(run)}\n`);
    for (const line of slowStatements(run)) console.log(`  ${line}`);
  }
  if (synthetic) {
    const s = synthetic;
    console.log(
      `Synthetic chain: ${s.size.provers} provers, ${s.size.stakers} stakers, ${s.stakes} stakes, ${s.rewardEvents} rewards, ` +
        `${s.unstakeRequests} unstake requests over ${s.size.days} days: ${s.transactions} transactions in ${s.blocks} blocks, ` +
        `generated in ${s.generationSeconds.toFixed(0)} s.`,
    );
  }
  console.log(
    `Latency: each target for ${settings.seconds} s after ${settings.warmup} warm-up requests, ${settings.concurrency} keep-alive clients on localhost, ` +
      'a block with transactions every second; "blocks" = blocks the indexer indexed meanwhile (each one empties its per-block caches).',
  );
  console.log(
    `\nGoals (issue #17):\n${goalLines(runs)
      .map((line) => `  ${line}`)
      .join("\n")}`,
  );
  writeReport(REPORT_FILE, {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine,
    settings: {
      seconds: settings.seconds,
      concurrency: settings.concurrency,
      warmup: settings.warmup,
      databases: settings.databases,
    },
    targets: TARGETS,
    synthetic: synthetic ? { defaults: SYNTHETIC_DEFAULTS, ...synthetic } : null,
    runs,
  });
  console.log(`Figures written to ${REPORT_FILE}.`);
}

runMain(async () => {
  try {
    await main();
  } catch (error) {
    // A run cut short by Ctrl-C fails in whatever it was awaiting; the signal handler reports.
    await (interrupted() ?? Promise.reject(error));
  } finally {
    await stopAll();
  }
});
