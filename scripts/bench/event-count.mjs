// What the indexer has to get through, counted straight from the chain with eth_getLogs.
// Every log of the core contracts counts (StakingController, each prover's vault,
// BrevisMarket, EpochRewards), handled or not, since Ponder fetches them all. Any other
// deployed contract a handler names (e.g. BrevToken for donations to vaults) is indexed
// through an event filter, so only its handled events count.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createPublicClient, getAbiItem, http, toEventSelector } from "viem";
import { readDeploymentFile } from "../devnet/deploy.mjs";
import { ROOT } from "../lib/paths.mjs";
import { loadAbis } from "../seed/abis.mjs";

/** @typedef {`0x${string}`} Hex */

/** Blocks per eth_getLogs: synthetic blocks hold thousands of logs each, within viem's 10 MB answer limit. */
const BLOCKS_PER_QUERY = 5;
const CORE = ["StakingController", "ProverVault", "BrevisMarket", "EpochRewards"];

/**
 * @typedef {object} EventCount
 * @property {number} logs events the indexer fetches: core contracts' logs plus other contracts' handled events
 * @property {number} coreLogs every log of the core contracts
 * @property {number} handledLogs logs of an event the indexer has a handler for
 * @property {Record<string, number>} byContract
 * @property {string[]} handlers "Contract:Event" names the indexer registers, as counted
 * @property {number} vaults
 * @property {number} fromBlock
 * @property {number} toBlock
 * @property {number} blocks
 */

/**
 * "Contract:Event" names registered with ponder.on in indexer/src/handlers.
 * @returns {string[]}
 */
function handlerNames() {
  const dir = join(ROOT, "indexer", "src", "handlers");
  const names = new Set();
  for (const file of readdirSync(dir)) {
    for (const match of readFileSync(join(dir, file), "utf8").matchAll(/ponder\.on\(\s*"(\w+):(\w+)"/g)) {
      names.add(`${match[1]}:${match[2]}`);
    }
  }
  return [...names].sort();
}

/**
 * @param {string} rpcUrl
 * @returns {Promise<EventCount>}
 */
export async function countIndexedEvents(rpcUrl) {
  const abis = /** @type {Record<string, import("viem").Abi>} */ (/** @type {unknown} */ (await loadAbis()));
  const { startBlock, contracts } = readDeploymentFile();
  const client = createPublicClient({ transport: http(rpcUrl, { timeout: 120_000 }) });
  const head = Number(await client.getBlockNumber());
  /** The generated ABI of a contract: BrevToken → brevTokenAbi. */
  const abiOf = (/** @type {string} */ name) => abis[`${name.charAt(0).toLowerCase()}${name.slice(1)}Abi`];

  const handlers = handlerNames();
  /** @type {Map<string, Set<Hex>>} contract → handled event selectors */
  const handled = new Map();
  for (const name of handlers) {
    const [contract = "", event = ""] = name.split(":");
    const abi = abiOf(contract);
    if (!abi) continue;
    const item = getAbiItem({ abi, name: event });
    if (item?.type !== "event") continue;
    handled.set(contract, (handled.get(contract) ?? new Set()).add(toEventSelector(item)));
  }

  const controller = /** @type {Hex} */ (contracts.StakingController);
  const initialized = await client.getLogs({
    address: controller,
    event: /** @type {any} */ (getAbiItem({ abi: abiOf("StakingController") ?? [], name: "ProverInitialized" })),
    fromBlock: BigInt(startBlock),
    toBlock: BigInt(head),
  });
  const vaults = initialized.map((log) => /** @type {Hex} */ (/** @type {any} */ (log).args.vault.toLowerCase()));

  /** @type {Map<string, string>} lower-case address → contract name */
  const nameOf = new Map(vaults.map((vault) => [vault, "ProverVault"]));
  for (const name of CORE) {
    const address = contracts[name];
    if (address) nameOf.set(address.toLowerCase(), name);
  }
  /** @type {Array<{ name: string, address: Hex, topics: Hex[] }>} */
  const filtered = [];
  for (const [name, selectors] of handled) {
    const address = contracts[name];
    if (CORE.includes(name) || !address) continue;
    filtered.push({ name, address: /** @type {Hex} */ (address.toLowerCase()), topics: [...selectors] });
  }

  /** @type {Record<string, number>} */
  const byContract = {};
  let coreLogs = 0;
  let extraLogs = 0;
  let handledLogs = 0;
  /** @param {string} name @param {Hex | undefined} topic */
  const tally = (name, topic) => {
    byContract[name] = (byContract[name] ?? 0) + 1;
    if (topic && handled.get(name)?.has(topic)) handledLogs++;
  };
  for (let from = startBlock; from <= head; from += BLOCKS_PER_QUERY) {
    const range = { fromBlock: BigInt(from), toBlock: BigInt(Math.min(head, from + BLOCKS_PER_QUERY - 1)) };
    for (const log of await client.getLogs({ address: /** @type {Hex[]} */ ([...nameOf.keys()]), ...range })) {
      tally(nameOf.get(log.address.toLowerCase()) ?? "other", log.topics[0]);
      coreLogs++;
    }
    for (const { name, address, topics } of filtered) {
      const logs = /** @type {Array<{ topics: Hex[] }>} */ (
        await client.request({
          method: "eth_getLogs",
          params: [
            {
              address,
              topics: [topics],
              fromBlock: `0x${range.fromBlock.toString(16)}`,
              toBlock: `0x${range.toBlock.toString(16)}`,
            },
          ],
        })
      );
      for (const log of logs) tally(name, log.topics[0]);
      extraLogs += logs.length;
    }
  }
  return {
    logs: coreLogs + extraLogs,
    coreLogs,
    handledLogs,
    byContract,
    handlers,
    vaults: vaults.length,
    fromBlock: startBlock,
    toBlock: head,
    blocks: head - startBlock + 1,
  };
}
