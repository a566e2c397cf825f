#!/usr/bin/env node
// `npm start`: the whole local demo in one command. Starts anvil with our deployed (and,
// when a scenario exists, seeded) devnet, the indexer on an embedded database, and the production
// app; awaits each on health; Ctrl-C or SIGTERM stops every child it started.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ensureBuild } from "./app/build.mjs";
import { startApp } from "./app/start-app.mjs";
import { DEV_ACCOUNTS, startAnvil } from "./devnet/anvil.mjs";
import { prepareDevnet } from "./devnet/prepare.mjs";
import { resetStaleDatabase, startIndexer, waitForIndexer } from "./indexer/run.mjs";
import { runMain, UserError } from "./lib/fail.mjs";
import { DATA_DIR, ROOT } from "./lib/paths.mjs";
import { assertPortFree, portFromEnv } from "./lib/ports.mjs";
import { rpc } from "./lib/wait.mjs";

/** The anvil dev mnemonic's first key: public knowledge, for importing the dev account into a wallet. */
const DEV_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const BLOCK_TIME_SECONDS = 2;
const LOG_DIR = join(DATA_DIR, "logs");
/** The indexer's embedded database; it describes one chain history, so it goes when the chain does. */
const PGLITE_DIR = join(DATA_DIR, "indexer", "pglite");

/** @type {import("./lib/children.mjs").Child[]} */
const children = [];
let stopping = false;

/** @param {string} line */
function log(line) {
  console.log(`  ${line}`);
}

/** Stops children newest first (the app before the chain it reads), each awaited. */
async function stopAll() {
  for (const child of [...children].reverse()) await child.stop();
}

/** @param {NodeJS.Signals} signal */
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal === "SIGINT" ? "Ctrl-C" : signal}: stopping everything…`);
  await stopAll();
  console.log("Stopped. Chain state is kept in .data/ (npm run reset wipes it).");
  process.exit(0);
}

/**
 * The chain state `npm start` runs on: a copy of the pristine seeded devnet, kept between
 * runs, replaced when the pristine one was rebuilt from changed contracts or scenario.
 * @param {string} genesisState
 */
function workingState(genesisState) {
  const state = join(DATA_DIR, "devnet", "state.json");
  const origin = `${state}.origin`;
  const genesisId = readFileSync(`${genesisState}.fingerprint`, "utf8");
  if (!existsSync(state) || !existsSync(origin) || readFileSync(origin, "utf8") !== genesisId) {
    copyFileSync(genesisState, state);
    writeFileSync(origin, genesisId);
    rmSync(PGLITE_DIR, { recursive: true, force: true });
    log("Devnet state: fresh copy of the seeded devnet (the indexer starts over).");
  } else {
    log("Devnet state: resuming the chain kept in .data/devnet/state.json.");
  }
  return state;
}

async function main() {
  const startedAt = Date.now();
  const ports = {
    anvil: portFromEnv("ANVIL_PORT", 8545),
    indexer: portFromEnv("INDEXER_PORT", 42069),
    app: portFromEnv("PORT", 3000),
  };
  await assertPortFree(ports.anvil, "ANVIL_PORT", "devnet RPC");
  await assertPortFree(ports.indexer, "INDEXER_PORT", "indexer");
  await assertPortFree(ports.app, "PORT", "app");

  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  console.log("Starting the ProverNet devnet demo…");
  const { genesisState, deployment } = await prepareDevnet({ dataDir: DATA_DIR, onDeploymentChange: "write", log });
  const state = workingState(genesisState);

  const anvil = await startAnvil({
    port: ports.anvil,
    portEnvVar: "ANVIL_PORT",
    logFile: join(LOG_DIR, "anvil.log"),
    loadState: state,
    dumpState: state,
    blockTime: BLOCK_TIME_SECONDS,
  });
  children.push(anvil.child);
  const code = await rpc(anvil.rpcUrl, "eth_getCode", [deployment.contracts.BrevToken, "latest"]);
  if (code === "0x") {
    throw new UserError("The devnet state in .data/ does not hold our contracts: run `npm run reset` and start again.");
  }
  log(`Devnet RPC ready at ${anvil.rpcUrl}.`);

  // The indexer catches up on the history while the app builds.
  resetStaleDatabase(PGLITE_DIR, log);
  const indexer = startIndexer({
    rpcUrl: anvil.rpcUrl,
    port: ports.indexer,
    logFile: join(LOG_DIR, "indexer.log"),
    database: { pgliteDir: PGLITE_DIR },
  });
  children.push(indexer.child);
  log("Indexer: catching up on the devnet's history…");

  await ensureBuild({ log });
  const appUrl = `http://localhost:${ports.app}`;
  const app = await startApp({
    name: "app",
    port: ports.app,
    rpcUrl: anvil.rpcUrl,
    indexerUrl: indexer.url,
    logFile: join(LOG_DIR, "app.log"),
    hint: `See ${relative(ROOT, join(LOG_DIR, "app.log"))}.`,
  });
  children.push(app.child);
  await waitForIndexer({
    url: indexer.url,
    rpcUrl: anvil.rpcUrl,
    isAlive: indexer.child.alive,
    timeoutMs: 600_000,
    hint: `See ${relative(ROOT, join(LOG_DIR, "indexer.log"))}.`,
  });
  log(`Indexer: up to date at ${indexer.url}.`);

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`
ProverNet demo ready in ${seconds} s

  App          ${appUrl}
  Indexer API  ${indexer.url}/v1/network   (embedded PGlite in .data/indexer/)
  Devnet RPC   ${anvil.rpcUrl}   chain id ${deployment.chainId}, a block every ${BLOCK_TIME_SECONDS} s
  Dev account  ${DEV_ACCOUNTS[0]}   (anvil account 0; key ${DEV_KEY_0})
  Data         .data/   (npm run reset wipes it)   logs in .data/logs/

Press Ctrl-C to stop everything.`);

  const dead = await Promise.race(children.map((child) => child.exited.then(() => child)));
  if (!stopping) {
    console.error(`\n✖ ${dead.name} stopped unexpectedly; see .data/logs/${dead.name}.log. Stopping the rest.`);
    stopping = true;
    await stopAll();
    process.exit(1);
  }
}

runMain(async () => {
  try {
    await main();
  } catch (error) {
    await stopAll();
    throw error;
  }
});
