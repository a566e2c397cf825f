import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getAddress, isAddress } from "viem";
import { run } from "../lib/children.mjs";
import { UserError } from "../lib/fail.mjs";
import { ROOT } from "../lib/paths.mjs";
import { rpc } from "../lib/wait.mjs";
import { DEV_ACCOUNTS, DEVNET_CHAIN_ID } from "./anvil.mjs";
import { foundryBin } from "./foundry.mjs";

export const MULTICALL3_ADDRESS = "0xcA11bde05977b3631167028862bE2a173976CA11";
/** The one deployment file the app, the indexer and the tests read: chain id → contract → address. */
export const DEPLOYMENT_FILE = join(ROOT, "lib", "contracts", "deployments.json");
const DEPLOY_SCRIPT = "contracts/script/Deploy.s.sol";

/**
 * @typedef {object} Deployment
 * @property {number} chainId
 * @property {number} startBlock first block holding our contracts
 * @property {Record<string, string>} contracts contract name → checksummed address
 */

/**
 * What forge recorded of a broadcast: every contract it created, by name, and the first block.
 * @param {string} file
 * @returns {Pick<Deployment, "startBlock" | "contracts">}
 */
function readBroadcast(file) {
  const record = JSON.parse(readFileSync(file, "utf8"));
  /** @type {Record<string, string>} */
  const contracts = {};
  for (const tx of record.transactions) {
    if (tx.transactionType === "CREATE" || tx.transactionType === "CREATE2") {
      if (contracts[tx.contractName]) {
        throw new UserError(
          `${DEPLOY_SCRIPT} deploys ${tx.contractName} twice; the deployment file needs one address per name.`,
        );
      }
      contracts[tx.contractName] = getAddress(tx.contractAddress);
    }
  }
  const blocks = record.receipts.map((/** @type {{ blockNumber: string }} */ r) => Number(BigInt(r.blockNumber)));
  return { startBlock: Math.min(...blocks), contracts };
}

/** Places Multicall3's runtime code at its canonical address, where viem's chain objects expect it. */
async function placeMulticall3(/** @type {string} */ rpcUrl) {
  const artifact = JSON.parse(
    readFileSync(join(ROOT, "contracts", "out", "Multicall3.sol", "Multicall3.json"), "utf8"),
  );
  await rpc(rpcUrl, "anvil_setCode", [MULTICALL3_ADDRESS, artifact.deployedBytecode.object]);
}

/**
 * Deploys our contracts onto a devnet with the unlocked dev account 0 and returns where they are.
 * @param {string} rpcUrl
 * @returns {Promise<Deployment>}
 */
export async function deployContracts(rpcUrl) {
  const chainId = Number(BigInt(await rpc(rpcUrl, "eth_chainId")));
  await run(
    foundryBin("forge"),
    ["script", DEPLOY_SCRIPT, "--rpc-url", rpcUrl, "--broadcast", "--unlocked", "--sender", DEV_ACCOUNTS[0], "--slow"],
    { cwd: ROOT },
  );
  const broadcast = readBroadcast(
    join(ROOT, "contracts", "broadcast", "Deploy.s.sol", String(chainId), "run-latest.json"),
  );
  await placeMulticall3(rpcUrl);
  return {
    chainId,
    startBlock: broadcast.startBlock,
    contracts: { ...broadcast.contracts, Multicall3: MULTICALL3_ADDRESS },
  };
}

/** Stable, diff-friendly JSON for a committed file. */
function serialize(/** @type {unknown} */ value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** @param {string} problem */
function deploymentFileError(problem) {
  return new UserError(
    `lib/contracts/deployments.json ${problem}: run \`npm run reset && npm start\` to regenerate it.`,
  );
}

/**
 * The committed deployment of one chain, validated, with checksummed addresses.
 * @param {number} [chainId]
 * @returns {Deployment}
 */
export function readDeploymentFile(chainId = DEVNET_CHAIN_ID) {
  if (!existsSync(DEPLOYMENT_FILE)) throw deploymentFileError("is missing");
  let file;
  try {
    file = JSON.parse(readFileSync(DEPLOYMENT_FILE, "utf8"));
  } catch {
    throw deploymentFileError("is not valid JSON");
  }
  const entry = file?.[String(chainId)];
  if (typeof entry !== "object" || entry === null) throw deploymentFileError(`lacks chain ${chainId}`);
  const { startBlock, contracts } = entry;
  if (!Number.isSafeInteger(startBlock) || startBlock < 0) {
    throw deploymentFileError(`has no valid startBlock for chain ${chainId}`);
  }
  if (typeof contracts !== "object" || contracts === null || Array.isArray(contracts)) {
    throw deploymentFileError(`has no contracts for chain ${chainId}`);
  }
  /** @type {Record<string, string>} */
  const addresses = {};
  for (const [name, address] of Object.entries(contracts)) {
    if (typeof address !== "string" || !isAddress(address)) {
      throw deploymentFileError(`says ${name} is at ${JSON.stringify(address)}, which is not an address`);
    }
    addresses[name] = getAddress(address);
  }
  return { chainId, startBlock, contracts: addresses };
}

/**
 * Whether the committed file already says what this deployment says (same names, same order).
 * @param {Deployment} deployment
 */
export function deploymentFileMatches(deployment) {
  try {
    const { startBlock, contracts } = readDeploymentFile(deployment.chainId);
    return (
      serialize({ startBlock, contracts }) ===
      serialize({ startBlock: deployment.startBlock, contracts: deployment.contracts })
    );
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}

/**
 * Records a deployment under its chain id, keeping the other chains' entries.
 * @param {Deployment} deployment
 */
export function writeDeploymentFile(deployment) {
  let file = {};
  try {
    file = JSON.parse(readFileSync(DEPLOYMENT_FILE, "utf8"));
  } catch {
    // missing or broken: this write replaces it
  }
  if (typeof file !== "object" || file === null || Array.isArray(file)) file = {};
  const next = {
    ...file,
    [String(deployment.chainId)]: { startBlock: deployment.startBlock, contracts: deployment.contracts },
  };
  // The app's dev server watches this file: it must never see half of it.
  const partial = `${DEPLOYMENT_FILE}.${process.pid}.tmp`;
  writeFileSync(partial, serialize(next));
  renameSync(partial, DEPLOYMENT_FILE);
}
