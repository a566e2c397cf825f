import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { UserError } from "../lib/fail.mjs";
import { fingerprint } from "../lib/fingerprint.mjs";
import { ROOT } from "../lib/paths.mjs";
import { freePort } from "../lib/ports.mjs";
import { startAnvil } from "./anvil.mjs";
import { deployContracts, deploymentFileMatches, writeDeploymentFile } from "./deploy.mjs";

/** What the pristine devnet is made from: when any of it changes, the chain is rebuilt. */
const DEVNET_SOURCES = ["contracts/src", "contracts/script", "foundry.toml", "scripts/devnet", "scripts/seed"];
const SEED_HOOK = join(ROOT, "scripts", "seed", "run.mjs");

/**
 * Keeps the committed deployment file saying where the devnet's contracts are: `npm start`
 * rewrites a stale or broken file, tests refuse to run against one.
 * @param {import("./deploy.mjs").Deployment} deployment
 * @param {"write" | "fail"} mode
 * @param {(line: string) => void} log
 */
function reconcileDeploymentFile(deployment, mode, log) {
  if (deploymentFileMatches(deployment)) return;
  if (mode === "fail") {
    throw new UserError(
      "The committed lib/contracts/deployments.json is stale (it does not say what contracts/script/Deploy.s.sol deploys): run `npm start` once to rewrite it, then commit it.",
    );
  }
  writeDeploymentFile(deployment);
  log("Devnet: lib/contracts/deployments.json rewritten with the deployed addresses.");
}

/**
 * @typedef {object} PreparedDevnet
 * @property {string} genesisState anvil state file of the deployed (and seeded) devnet
 * @property {string} fingerprint identifies the sources that state was made from
 * @property {import("./deploy.mjs").Deployment} deployment
 */

/**
 * The pristine devnet that `npm start` and the e2e upstream chain load: deployed once, seeded
 * once when a scenario exists, then reused until the contracts or the scenario change.
 * @param {{ dataDir: string, onDeploymentChange: "write" | "fail", log: (line: string) => void }} options
 * @returns {Promise<PreparedDevnet>}
 */
export async function prepareDevnet({ dataDir, onDeploymentChange, log }) {
  const dir = join(dataDir, "devnet");
  const genesisState = join(dir, "genesis-state.json");
  const stamp = `${genesisState}.fingerprint`;
  const deploymentStamp = `${genesisState}.deployment.json`;
  const current = fingerprint(ROOT, DEVNET_SOURCES);
  const fresh = existsSync(genesisState) && existsSync(deploymentStamp) && existsSync(stamp);
  if (fresh && readFileSync(stamp, "utf8") === current) {
    log(`Devnet: reusing the prepared chain in ${dir}.`);
    const deployment = JSON.parse(readFileSync(deploymentStamp, "utf8"));
    reconcileDeploymentFile(deployment, onDeploymentChange, log);
    return { genesisState, fingerprint: current, deployment };
  }

  mkdirSync(dir, { recursive: true });
  // Per process, so that two concurrent prepares never dump into one file; same directory, so
  // the final rename is atomic.
  const partial = join(dir, `genesis-state.${process.pid}.partial.json`);
  rmSync(partial, { force: true });
  const logFile = join(dataDir, "logs", "anvil-prepare.log");
  log("Devnet: compiling and deploying the contracts onto a fresh chain…");
  // A scenario writes a history that ends now, so the chain begins before that history.
  const seed = existsSync(SEED_HOOK) ? await import(pathToFileURL(SEED_HOOK).href) : null;
  const anvil = await startAnvil({
    port: await freePort(),
    portEnvVar: "(a free port)",
    logFile,
    dumpState: partial,
    genesisTimestamp: seed ? Math.floor(Date.now() / 1000) - seed.HISTORY_SECONDS - 3600 : undefined,
    // Thousands of seeded blocks would otherwise leave gigabytes of old states in ~/.foundry.
    pruneHistory: true,
  });

  let deployment;
  try {
    deployment = await deployContracts(anvil.rpcUrl);
    reconcileDeploymentFile(deployment, onDeploymentChange, log);
    if (seed) {
      log("Devnet: playing the seed scenario…");
      await seed.default({ rpcUrl: anvil.rpcUrl, deployment, log });
    }
  } catch (error) {
    await anvil.stop();
    rmSync(partial, { force: true });
    throw error;
  }
  // anvil writes --dump-state when it receives SIGTERM.
  await anvil.stop();
  if (!existsSync(partial)) throw new UserError(`anvil did not write the devnet state; see ${logFile}.`);
  renameSync(partial, genesisState);
  writeFileSync(deploymentStamp, JSON.stringify(deployment));
  writeFileSync(stamp, current);
  log("Devnet: prepared.");
  return { genesisState, fingerprint: current, deployment };
}
