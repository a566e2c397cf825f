#!/usr/bin/env node
// `npm run test:topology`: the production topology on this machine, under load and faults.
//
//   One Postgres (a throwaway one, or DATABASE_URL), the seeded devnet mining a block and a stake
//   every second, ONE indexer writer (`ponder start`, schema topology_v1, its tables published
//   as views in schema `topology`), TWO API replicas (`ponder serve` on those views) behind a balancer,
//   TWO app instances (`next start`) reading the replicas through it, and a load generator
//   spreading GETs round-robin over the replicas (/v1 routes) and the app instances (read pages).
//
//   Phases, under load throughout:
//     steady                  nothing happens
//     replica+app killed      SIGKILL of one replica and one app instance
//     replica+app restarting  both started again, back in rotation once they answer
//     writer killed           SIGKILL of the writer: the replicas serve the last indexed state
//     writer restarting       the writer resumes its schema (crash recovery); replicas catch up
//     redeploy                a changed version of the indexer indexes into schema topology_v2
//                             while v1 serves; once it is ready the views switch to it
//     chain paused            mining stops; both deployments reach the same head and every table
//                             of v1 (killed and resumed) is compared row for row with v2 (fresh)
//     old writer stopped      v1 stopped, v2 serving
//
// Fails (exit 1) when an invariant fails: an error at an instance that was not killed, a
// replica that did not keep serving or did not catch up, a failed request across the
// redeploy, a row that differs, a transaction that did not go through. A request refused by a
// killed instance, or answered 503 by a busy one, may go once to the next one, as a load
// balancer would: counted as a fail-over.
// Timings are reported, never asserted. Figures: stdout and .data/bench/topology.json; logs:
// .data/logs/topology-*.log.
//
//   npm run test:topology -- [--phase-seconds 15] [--api-clients 4] [--page-clients 2]
//                            [--views-switch transaction|ponder]
//   --views-switch ponder lets Ponder switch the views (`--views-schema`) instead of this test's
//   one-transaction swap (schemas.mjs says why).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { ensureBuild } from "../app/build.mjs";
import { childService, installSignalHandlers, runWithServices, stop, stopAll, track } from "../bench/services.mjs";
import { startAnvil } from "../devnet/anvil.mjs";
import { prepareDevnet } from "../devnet/prepare.mjs";
import { waitForIndexer } from "../indexer/run.mjs";
import { UserError } from "../lib/fail.mjs";
import { describeMachine, oneMinuteLoad } from "../lib/machine.mjs";
import { DATA_DIR } from "../lib/paths.mjs";
import { freePort } from "../lib/ports.mjs";
import { rpc, waitFor } from "../lib/wait.mjs";
import { startPostgres } from "../pg/throwaway.mjs";
import { startBalancer } from "./balancer.mjs";
import { startChainActivity } from "./chain-activity.mjs";
import { startLoad } from "./load.mjs";
import { formatReport, judge, writeTopologyReport } from "./report.mjs";
import { apiPaths, pagePaths } from "./routes.mjs";
import { compareDeployments } from "./rows.mjs";
import { dropSchemas, switchViews, viewsTarget } from "./schemas.mjs";
import { indexedBlock, startAppInstance, startReplica, startWriter, VIEWS_SCHEMA } from "./stack.mjs";

const LOG_DIR = join(DATA_DIR, "logs");
const WORK_DIR = join(DATA_DIR, "topology");
const V1 = "topology_v1";
const V2 = "topology_v2";
/** A writer restarted after SIGKILL waits out its predecessor's lock (25 s) before resuming. */
const CATCH_UP_TIMEOUT_MS = 180_000;
const BACKFILL_TIMEOUT_MS = 600_000;

/** @param {string} line */
const log = (line) => console.log(`  ${line}`);

function readOptions() {
  const { values } = parseArgs({
    options: {
      "phase-seconds": { type: "string", default: "15" },
      "api-clients": { type: "string", default: "4" },
      "page-clients": { type: "string", default: "2" },
      "views-switch": { type: "string", default: "transaction" },
    },
  });
  const viewsSwitch = values["views-switch"];
  if (viewsSwitch !== "transaction" && viewsSwitch !== "ponder")
    throw new UserError(`--views-switch ${viewsSwitch}: say transaction or ponder.`);
  const whole = (/** @type {string} */ name) => {
    const value = Number(values[/** @type {"phase-seconds"} */ (name)]);
    if (!Number.isSafeInteger(value) || value < 1) throw new UserError(`--${name} must be a positive whole number.`);
    return value;
  };
  return {
    phaseMs: whole("phase-seconds") * 1000,
    apiClients: whole("api-clients"),
    pageClients: whole("page-clients"),
    viewsSwitch,
  };
}

/**
 * SIGKILL of a whole process group, as a crash or an OOM kill would end it.
 * @param {import("../lib/children.mjs").Child} child
 */
async function crash(child) {
  if (child.process.pid !== undefined && child.alive()) process.kill(-child.process.pid, "SIGKILL");
  await child.exited;
}

async function main() {
  installSignalHandlers();
  const options = readOptions();
  const machine = describeMachine("Topology test");
  mkdirSync(WORK_DIR, { recursive: true });

  /** @type {{ name: string, seconds: number }[]} */
  const phases = [];
  /** @type {ReturnType<typeof startLoad> | null} */
  let load = null;
  /**
   * @template T
   * @param {string} name
   * @param {() => Promise<T>} body
   * @returns {Promise<T>}
   */
  const phase = async (name, body) => {
    log(`▶ ${name}`);
    load?.phase(name);
    const started = performance.now();
    const result = await body();
    phases.push({ name, seconds: Math.round((performance.now() - started) / 100) / 10 });
    return result;
  };
  /** @type {Record<string, unknown>} */
  const checks = {};

  await phase("build", () => ensureBuild({ log }));
  const databaseUrl = await phase("postgres", async () => {
    const postgres = await startPostgres({ log });
    track({ name: "postgres", stop: postgres.stop });
    // A DATABASE_URL may hold an earlier run's schemas; Ponder would refuse to reuse them.
    await dropSchemas(postgres.url, [VIEWS_SCHEMA, V1, V2]);
    return postgres.url;
  });
  const { devnet, anvil } = await phase("devnet", async () => {
    const devnet = await prepareDevnet({ dataDir: DATA_DIR, onDeploymentChange: "fail", log });
    const anvil = await startAnvil({
      port: await freePort(),
      portEnvVar: "(a free port)",
      logFile: join(LOG_DIR, "topology-anvil.log"),
      loadState: devnet.genesisState,
    });
    track(childService(anvil.child));
    return { devnet, anvil };
  });
  const context = { databaseUrl, rpcUrl: anvil.rpcUrl, logDir: LOG_DIR, dataDir: WORK_DIR };

  const publishViews = options.viewsSwitch === "ponder";
  /**
   * Makes the deployment in `schema` the one the replicas read, once its writer is ready: by
   * this test's one-transaction switch, or by waiting for Ponder's own (`--views-schema`).
   * @param {string} schema
   * @param {{ url: string, child: import("../lib/children.mjs").Child }} deployment
   */
  const publish = async (schema, deployment) => {
    if (!publishViews) {
      await waitFor(async () => (await fetch(`${deployment.url}/ready`)).ok, {
        what: `The indexer writing ${schema}`,
        isAlive: deployment.child.alive,
        timeoutMs: BACKFILL_TIMEOUT_MS,
        intervalMs: 500,
      });
      await switchViews({ databaseUrl, schema, viewsSchema: VIEWS_SCHEMA });
    }
    await waitFor(async () => (await viewsTarget(databaseUrl, VIEWS_SCHEMA)) === schema, {
      what: `The views onto ${schema}`,
      isAlive: deployment.child.alive,
      timeoutMs: BACKFILL_TIMEOUT_MS,
      intervalMs: 500,
    });
  };
  const writerPort = await freePort();
  let writer = startWriter(context, { schema: V1, port: writerPort, publishViews });
  let writerService = track(childService(writer.child));
  await phase("writer v1 backfill", async () => {
    await waitForIndexer({
      url: writer.url,
      rpcUrl: anvil.rpcUrl,
      isAlive: writer.child.alive,
      timeoutMs: BACKFILL_TIMEOUT_MS,
    });
    await publish(V1, writer);
  });

  const replicaNames = ["replica-a", "replica-b"];
  const appNames = ["app-a", "app-b"];
  /** @type {Map<string, { port: number, child: import("../lib/children.mjs").Child | null }>} */
  const instances = new Map();
  for (const name of [...replicaNames, ...appNames]) instances.set(name, { port: await freePort(), child: null });
  /** @param {string} name */
  const slot = (name) => {
    const found = instances.get(name);
    if (!found) throw new Error(`No instance ${name}.`);
    return found;
  };
  /** @param {string} name */
  const urlOf = (name) => `http://127.0.0.1:${slot(name).port}`;
  const balancer = await startBalancer({ upstreams: replicaNames.map(urlOf), port: await freePort() });
  track({ name: "balancer", stop: balancer.stop });
  /** @param {string} name */
  const boot = async (name) => {
    const { port } = slot(name);
    const { child } = replicaNames.includes(name)
      ? await startReplica(context, { name, port })
      : await startAppInstance(context, { name, port, indexerUrl: balancer.url });
    slot(name).child = child;
    track(childService(child));
  };
  /** @param {string} name */
  const crashInstance = (name) => crash(/** @type {import("../lib/children.mjs").Child} */ (slot(name).child));
  const replicaBlocks = () => Promise.all(replicaNames.map((name) => indexedBlock(urlOf(name))));
  await phase("replicas and apps start", async () => {
    await Promise.all(replicaNames.map(boot));
    await Promise.all(appNames.map(boot));
  });

  const [firstReplica = ""] = replicaNames.map(urlOf);
  const paths = { api: await apiPaths(firstReplica), pages: await pagePaths(firstReplica) };
  log(`load: ${paths.api.length} /v1 routes over 2 replicas, ${paths.pages.length} pages over 2 app instances`);
  const chain = await startChainActivity({ rpcUrl: anvil.rpcUrl, contracts: devnet.deployment.contracts });
  load = startLoad([
    {
      name: "indexer API",
      instances: replicaNames.map((name) => ({ name, url: urlOf(name) })),
      paths: paths.api,
      clients: options.apiClients,
    },
    {
      name: "app pages",
      instances: appNames.map((name) => ({ name, url: urlOf(name) })),
      paths: paths.pages,
      clients: options.pageClients,
    },
  ]);
  const running = load;

  await phase("steady", () => sleep(options.phaseMs));

  await phase("replica+app killed", async () => {
    for (const name of ["replica-b", "app-b"]) running.setDown(name, true);
    balancer.setDown(urlOf("replica-b"), true);
    await Promise.all(["replica-b", "app-b"].map(crashInstance));
    await sleep(options.phaseMs);
  });
  await phase("replica+app restarting", async () => {
    await Promise.all(["replica-b", "app-b"].map(boot));
    for (const name of ["replica-b", "app-b"]) running.setDown(name, false);
    balancer.setDown(urlOf("replica-b"), false);
  });

  await phase("writer killed", async () => {
    await crash(writer.child);
    await stop(writerService);
    const before = await replicaBlocks();
    await sleep(options.phaseMs);
    const after = await replicaBlocks();
    checks.writerDown = { replicaBlocksAtKill: before, replicaBlocksAfter: after };
  });
  await phase("writer restarting", async () => {
    writer = startWriter(context, { schema: V1, port: writerPort, publishViews });
    writerService = track(childService(writer.child));
    const restarted = performance.now();
    await waitFor(async () => (await fetch(`${writer.url}/ready`)).ok, {
      what: "The restarted writer",
      isAlive: writer.child.alive,
      timeoutMs: CATCH_UP_TIMEOUT_MS,
    });
    const head = Number(BigInt(await rpc(anvil.rpcUrl, "eth_blockNumber")));
    await waitFor(
      async () => {
        const blocks = await replicaBlocks();
        return blocks.every((block) => block !== null && block >= head);
      },
      { what: "The replicas catching up", timeoutMs: CATCH_UP_TIMEOUT_MS },
    );
    checks.writerRestart = { caughtUpToBlock: head, seconds: Math.round((performance.now() - restarted) / 100) / 10 };
  });

  const writerV2 = startWriter(context, { schema: V2, port: await freePort(), publishViews, redeploy: true });
  track(childService(writerV2.child));
  await phase("redeploy", async () => {
    await publish(V2, writerV2);
    await sleep(options.phaseMs);
  });

  await phase("chain paused", async () => {
    checks.chain = await chain.stop();
    for (const url of [writer.url, writerV2.url]) await waitForIndexer({ url, rpcUrl: anvil.rpcUrl });
    checks.rows = await compareDeployments({ databaseUrl, schema: V1, otherSchema: V2 });
  });
  await phase("old writer stopped", async () => {
    await stop(writerService);
    await sleep(Math.min(options.phaseMs, 5_000));
  });

  const tallies = await running.stop();
  checks.balancer = balancer.stats;
  await stopAll();

  const report = {
    measuredAt: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd: oneMinuteLoad() },
    options,
    phases,
    ...judge({ tallies, checks }),
  };
  console.log(`\n${formatReport(report)}\n`);
  const file = writeTopologyReport(report);
  console.log(`Figures written to ${file}.`);
  const failed = report.invariants.filter((invariant) => !invariant.passed);
  if (failed.length > 0) {
    throw new UserError(`Topology invariants failed: ${failed.map((invariant) => invariant.name).join("; ")}.`);
  }
}

runWithServices(main);
