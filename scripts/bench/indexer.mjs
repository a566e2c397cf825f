#!/usr/bin/env node
// `npm run bench:indexer`: how fast the indexer backfills and how fast its API answers.
//
//   1. The seeded devnet (the 30-day scenario): backfill on PGlite and on Postgres, then API
//      latency on each.
//   2. A synthetic chain with 1,000 provers and 10,000 stakers (synthetic-chain.mjs, cached in
//      .data/bench/synthetic/): backfill and API latency on Postgres.
//
// Every indexer starts on an empty database. Figures go to stdout as a table and to
// .data/bench/indexer.json; nothing is asserted. Logs: .data/logs/bench-*.log.
//
//   npm run bench:indexer -- [--requests 2000] [--concurrency 50] [--warmup 200]
//                            [--only seeded|synthetic] [--fresh-synthetic]
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startAnvil } from "../devnet/anvil.mjs";
import { prepareDevnet } from "../devnet/prepare.mjs";
import { runMain, UserError } from "../lib/fail.mjs";
import { DATA_DIR } from "../lib/paths.mjs";
import { freePort } from "../lib/ports.mjs";
import { startPostgres } from "../pg/throwaway.mjs";
import { runBackfill } from "./backfill.mjs";
import { freshPglite, freshPostgres } from "./databases.mjs";
import { countIndexedEvents } from "./event-count.mjs";
import { measureLatency } from "./http-load.mjs";
import { formatTable, TARGETS, writeReport } from "./report.mjs";
import { childService, installSignalHandlers, interrupted, stop, stopAll, track } from "./services.mjs";
import { prepareSyntheticChain, SYNTHETIC_DEFAULTS } from "./synthetic-chain.mjs";

const BENCH_DIR = join(DATA_DIR, "bench");
const LOG_DIR = join(DATA_DIR, "logs");
const REPORT_FILE = join(BENCH_DIR, "indexer.json");
const SINGLE_CLIENT_REQUESTS = 200;

const oneMinuteLoad = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

/** @param {string} line */
const log = (line) => console.log(`  ${line}`);

/**
 * @typedef {object} Options
 * @property {number} requests
 * @property {number} concurrency
 * @property {number} warmup
 * @property {Set<"seeded" | "synthetic">} chains
 * @property {boolean} freshSynthetic
 */

/** @returns {Options} */
function readOptions() {
  const { values } = parseArgs({
    options: {
      requests: { type: "string", default: "2000" },
      concurrency: { type: "string", default: "50" },
      warmup: { type: "string", default: "200" },
      only: { type: "string" },
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
  return {
    requests: count("requests", values.requests),
    concurrency: count("concurrency", values.concurrency),
    warmup: count("warmup", values.warmup),
    chains: new Set(values.only ? [values.only] : ["seeded", "synthetic"]),
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
 * Backfill, then API latency, on one chain and one empty database.
 * @param {object} options
 * @param {"seeded" | "synthetic"} options.chain
 * @param {"pglite" | "postgres"} options.kind
 * @param {string} options.rpcUrl
 * @param {import("./event-count.mjs").EventCount} options.events
 * @param {string} options.postgresUrl
 * @param {Options} options.settings
 * @returns {Promise<import("./report.mjs").RunResult>}
 */
async function benchRun({ chain, kind, rpcUrl, events, postgresUrl, settings }) {
  const name = `${chain}-${kind}`;
  const fresh = kind === "pglite" ? freshPglite(BENCH_DIR, name) : await freshPostgres(postgresUrl, name);
  try {
    log(`${name}: backfilling ${events.logs} events over ${events.blocks} blocks…`);
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

    const top = await (await fetch(`${url}/v1/provers?sort=stake&order=desc&limit=1`)).json();
    const topProver = /** @type {string | null} */ (top?.items?.[0]?.address ?? null);
    const paths = { provers: "/v1/provers", series: topProver ? `/v1/provers/${topProver}/series?window=30d` : null };
    const loaded = {
      baseUrl: url,
      requests: settings.requests,
      concurrency: settings.concurrency,
      warmup: settings.warmup,
    };
    // One client alone shows the time a request takes to serve; under load, queueing adds to it.
    const alone = {
      baseUrl: url,
      requests: Math.min(SINGLE_CLIENT_REQUESTS, settings.requests),
      concurrency: 1,
      warmup: 20,
    };
    /** @param {string | null} path */
    const measure = async (path) => {
      if (!path) return { loaded: null, alone: null };
      log(
        `${name}: ${settings.requests} × GET ${path} at ${settings.concurrency} clients, then ${alone.requests} at 1…`,
      );
      return {
        loaded: await measureLatency({ ...loaded, path, serverPid: pid }),
        alone: await measureLatency({ ...alone, path, serverPid: pid }),
      };
    };
    loadBefore.latency = oneMinuteLoad();
    const provers = await measure(paths.provers);
    const series = await measure(paths.series);
    const latency = {
      provers: provers.loaded,
      series: series.loaded,
      singleClient: { provers: provers.alone, series: series.alone },
    };
    await stop(service);
    return { chain, database: kind, events, backfill, topProver, latency, loadAverage: loadBefore };
  } finally {
    await fresh.drop().catch((error) => log(`${name}: could not remove its database (${error})`));
  }
}

async function main() {
  installSignalHandlers();
  const settings = readOptions();
  const startedAt = new Date();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
  };
  console.log(`Indexer benchmark: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}`);
  if (machine.loadAverageAtStart[0] !== undefined && machine.loadAverageAtStart[0] > machine.cpus / 2) {
    log(
      `Note: the load average is already ${machine.loadAverageAtStart[0]}; other work on this machine skews the figures.`,
    );
  }

  const postgres = await startPostgres({ log });
  track({ name: "postgres", stop: postgres.stop });

  /** @type {import("./report.mjs").RunResult[]} */
  const runs = [];
  /** @type {import("./synthetic-chain.mjs").SyntheticSummary | null} */
  let synthetic = null;

  if (settings.chains.has("seeded")) {
    const { genesisState } = await prepareDevnet({ dataDir: DATA_DIR, onDeploymentChange: "fail", log });
    const chain = await serveChain(genesisState, "seeded");
    const events = await countIndexedEvents(chain.rpcUrl);
    for (const kind of /** @type {const} */ (["pglite", "postgres"])) {
      runs.push(
        await benchRun({ chain: "seeded", kind, rpcUrl: chain.rpcUrl, events, postgresUrl: postgres.url, settings }),
      );
    }
    await stop(chain.service);
  }

  if (settings.chains.has("synthetic")) {
    const prepared = await prepareSyntheticChain({ fresh: settings.freshSynthetic, log });
    synthetic = prepared.summary;
    const chain = await serveChain(prepared.stateFile, "synthetic");
    const events = await countIndexedEvents(chain.rpcUrl);
    runs.push(
      await benchRun({
        chain: "synthetic",
        kind: "postgres",
        rpcUrl: chain.rpcUrl,
        events,
        postgresUrl: postgres.url,
        settings,
      }),
    );
    await stop(chain.service);
  }

  await stopAll();

  console.log(`\n${formatTable(runs)}\n`);
  if (synthetic) {
    const s = synthetic;
    console.log(
      `Synthetic chain: ${s.size.provers} provers, ${s.size.stakers} stakers, ${s.stakes} stakes, ${s.rewardEvents} rewards, ` +
        `${s.unstakeRequests} unstake requests over ${s.size.days} days: ${s.transactions} transactions in ${s.blocks} blocks, ` +
        `generated in ${s.generationSeconds.toFixed(0)} s.`,
    );
  }
  console.log(
    `Latency: ${settings.requests} requests per endpoint after ${settings.warmup} warm-up, ${settings.concurrency} keep-alive clients on localhost.`,
  );
  writeReport(REPORT_FILE, {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine,
    settings: { requests: settings.requests, concurrency: settings.concurrency, warmup: settings.warmup },
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
