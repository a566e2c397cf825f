// Transactions played onto a served benchmark chain, so the API is measured on data that keeps
// changing, as on a live network:
//   - `addBusyStaker`, before the backfill: one account with 10,000 stakes spread over ten
//     provers, i.e. 10,000 history entries for the history pages and the CSV export;
//   - `startLiveTraffic`, while measuring: a block every second holding stakes by fresh
//     accounts, rewards for ten provers and proof requests with bids, so every cache
//     keyed by block is emptied every second.
// Accounts are impersonated and nonces assigned here (tx-batcher.mjs), so nothing waits on
// signing or on a receipt per transaction.
import {
  decodeFunctionResult,
  encodeFunctionData,
  encodePacked,
  getAddress,
  keccak256,
  maxUint256,
  stringToHex,
} from "viem";
import { DEV_ACCOUNTS } from "../devnet/anvil.mjs";
import { readDeploymentFile } from "../devnet/deploy.mjs";
import { loadAbis } from "../seed/abis.mjs";
import { createRpcClient } from "./json-rpc.mjs";
import { TxBatcher } from "./tx-batcher.mjs";

/** @typedef {`0x${string}`} Hex */

const BREV = 10n ** 18n;
const DEV = /** @type {Hex} */ (DEV_ACCOUNTS[0]);
const GAS_MONEY = `0x${(100n * BREV).toString(16)}`;
const BUSY_STAKER_EVENTS = 10_000;
const BUSY_STAKER_PROVERS = 10;
/** The provers the traffic goes to: the first this many the controller lists. */
const PROVERS = 100;
/** Per block while measuring. */
const LIVE = { stakes: 20, rewards: 10, requests: 5, bidsPerRequest: 3, stakers: 200 };
/** Room for 400 stakes (500k gas each) in a block. */
const BLOCK_GAS_LIMIT = `0x${(1_000_000_000n).toString(16)}`;
const PROGRAMS = 5;
const HOUR = 3600;

/** @param {string} role @param {number} i */
function benchAccount(role, i) {
  return /** @type {Hex} */ (getAddress(`0x${keccak256(stringToHex(`provernet-bench:${role}:${i}`)).slice(-40)}`));
}

export const BUSY_STAKER = benchAccount("busy-staker", 0);

/**
 * The contracts, their ABIs, an RPC client and a batcher with the dev account's nonce, on an
 * anvil that mines only when told to and lets any account send.
 * @param {string} rpcUrl
 */
async function openChain(rpcUrl) {
  const abis = await loadAbis();
  const { contracts } = readDeploymentFile();
  const rpc = createRpcClient(rpcUrl);
  await rpc.call("anvil_autoImpersonateAccount", [true]);
  await rpc.call("evm_setAutomine", [false]);
  await rpc.call("evm_setBlockGasLimit", [BLOCK_GAS_LIMIT]);
  const batcher = new TxBatcher(rpc);
  await batcher.loadNonces([DEV]);
  const latest = await rpc.call("eth_getBlockByNumber", ["latest", false]);
  // An anvil started from a saved state refuses blocks older than its start, whatever the state's
  // last block says: blocks from here on carry the wall clock's time.
  batcher.timestamp = Math.max(Number(BigInt(latest.timestamp)), Math.floor(Date.now() / 1000) - 1);
  /** @param {import("viem").Abi} abi @param {Hex} to @param {string} functionName @param {unknown[]} args */
  const read = async (abi, to, functionName, args = []) => {
    const data = encodeFunctionData(/** @type {any} */ ({ abi, functionName, args }));
    const result = await rpc.call("eth_call", [{ to, data }, "latest"]);
    return decodeFunctionResult(/** @type {any} */ ({ abi, functionName, data: result }));
  };
  const controller = /** @type {Hex} */ (contracts.StakingController);
  const provers = /** @type {Hex[]} */ (
    await read(abis.stakingControllerAbi, controller, "getProvers", [true, 0n, BigInt(PROVERS)])
  );
  const close = async () => {
    await rpc.call("evm_setAutomine", [true]);
    await rpc.call("anvil_autoImpersonateAccount", [false]);
    rpc.close();
  };
  return {
    abis,
    rpc,
    batcher,
    read,
    provers,
    close,
    brevToken: /** @type {Hex} */ (contracts.BrevToken),
    controller,
    market: /** @type {Hex} */ (contracts.BrevisMarket),
  };
}

/**
 * @param {Hex[]} accounts
 * @param {import("./json-rpc.mjs").RpcClient} rpc
 */
async function giveGas(rpc, accounts) {
  await rpc.batch(accounts.map((address) => ["anvil_setBalance", [address, GAS_MONEY]]));
}

/**
 * Plays BUSY_STAKER's 10,000 stakes of 1 BREV, 400 to a block, a second apart.
 * @param {string} rpcUrl
 * @returns {Promise<{ staker: Hex, events: number, blocks: number }>}
 */
export async function addBusyStaker(rpcUrl) {
  const chain = await openChain(rpcUrl);
  const { abis, batcher, brevToken, controller } = chain;
  try {
    await giveGas(chain.rpc, [BUSY_STAKER]);
    batcher.write(
      DEV,
      brevToken,
      abis.brevTokenAbi,
      "mint",
      [BUSY_STAKER, BigInt(BUSY_STAKER_EVENTS) * BREV],
      100_000n,
    );
    batcher.write(BUSY_STAKER, brevToken, abis.brevTokenAbi, "approve", [controller, maxUint256], 100_000n);
    await batcher.mine(batcher.timestamp + 1);
    const blocksBefore = batcher.blockCount;
    for (let i = 0; i < BUSY_STAKER_EVENTS; i++) {
      const prover = chain.provers[i % BUSY_STAKER_PROVERS];
      batcher.write(BUSY_STAKER, controller, abis.stakingControllerAbi, "stake", [prover, BREV], 500_000n);
    }
    await batcher.mine(batcher.timestamp + 1);
    return { staker: BUSY_STAKER, events: BUSY_STAKER_EVENTS, blocks: batcher.blockCount - blocksBefore };
  } finally {
    await chain.close();
  }
}

/**
 * Ponder indexes the last 30 blocks of a chain it does not know (31337 included; not
 * configurable) live, one block at a time, at a tenth of its backfill speed: on a real chain
 * they are a minute of blocks, on a benchmark chain that packs a day into four blocks they are
 * days of history. Empty blocks on top leave the whole history to the backfill.
 */
const PONDER_FINALITY_BLOCKS = 30;

/**
 * Mines PONDER_FINALITY_BLOCKS empty blocks, a second apart.
 * @param {string} rpcUrl
 */
export async function finalizeHistory(rpcUrl) {
  const rpc = createRpcClient(rpcUrl);
  try {
    await rpc.call("anvil_mine", [`0x${PONDER_FINALITY_BLOCKS.toString(16)}`, "0x1"]);
  } finally {
    rpc.close();
  }
  return PONDER_FINALITY_BLOCKS;
}

/**
 * @typedef {object} LiveTraffic
 * @property {() => number} blocks blocks mined so far
 * @property {() => Promise<{ blocks: number, transactions: number, failures: number, firstFailure: string | null }>} stop
 */

/**
 * A block a second, each with stakes, rewards, proof requests and bids on the previous block's
 * requests, until stopped. Blocks carry wall-clock timestamps, so the chain's "now" is the
 * indexer's and the app's.
 * @param {string} rpcUrl
 * @returns {Promise<LiveTraffic>}
 */
export async function startLiveTraffic(rpcUrl) {
  const chain = await openChain(rpcUrl);
  const { abis, batcher, brevToken, controller, market, provers } = chain;
  const [minMaxFee, bidding, reveal, minSelfStake] = /** @type {[bigint, bigint, bigint, bigint]} */ (
    await Promise.all([
      chain.read(abis.brevisMarketAbi, market, "minMaxFee"),
      chain.read(abis.brevisMarketAbi, market, "biddingPhaseDuration"),
      chain.read(abis.brevisMarketAbi, market, "revealPhaseDuration"),
      chain.read(abis.stakingControllerAbi, controller, "minSelfStake"),
    ])
  );
  const stakers = Array.from({ length: LIVE.stakers }, (_, i) => benchAccount("live-staker", i));
  await giveGas(chain.rpc, [...stakers, ...provers]);
  await batcher.loadNonces(provers);
  for (const staker of stakers) {
    batcher.write(staker, brevToken, abis.brevTokenAbi, "approve", [controller, maxUint256], 100_000n);
  }
  batcher.write(DEV, brevToken, abis.brevTokenAbi, "approve", [market, maxUint256], 100_000n);

  let block = 0;
  let failures = 0;
  /** @type {string | null} */
  let firstFailure = null;
  /** @type {Hex[]} requests of the last block, bid on in the next */
  let open = [];
  let running = true;
  const pick = (/** @type {number} */ n) => /** @type {Hex} */ (provers[(block * 7 + n * 13) % provers.length]);

  const playBlock = async () => {
    const now = Math.floor(Date.now() / 1000);
    // Stakes by the accounts minted to in the previous block, 1 BREV each.
    const staking = Array.from({ length: LIVE.stakes }, (_, i) => stakers[(block * LIVE.stakes + i) % stakers.length]);
    if (block > 0) {
      staking.forEach((staker, i) => {
        batcher.write(
          /** @type {Hex} */ (staker),
          controller,
          abis.stakingControllerAbi,
          "stake",
          [pick(i), BREV],
          500_000n,
        );
      });
    }
    const next = Array.from(
      { length: LIVE.stakes },
      (_, i) => stakers[((block + 1) * LIVE.stakes + i) % stakers.length],
    );
    for (const staker of next) batcher.write(DEV, brevToken, abis.brevTokenAbi, "mint", [staker, BREV], 100_000n);

    const rewarded = Array.from({ length: LIVE.rewards }, (_, i) => pick(LIVE.stakes + i));
    const rewardTotal = BigInt(rewarded.length) * BREV;
    batcher.write(
      DEV,
      brevToken,
      abis.brevTokenAbi,
      "mint",
      [DEV, rewardTotal + 10n * minMaxFee * BigInt(LIVE.requests)],
      100_000n,
    );
    batcher.write(
      DEV,
      controller,
      abis.stakingControllerAbi,
      "addRewards",
      [provers, provers.map(() => BREV)],
      12_000_000n,
    );

    open.forEach((reqid, r) => {
      for (let b = 0; b < LIVE.bidsPerRequest; b++) {
        const prover = pick(r * LIVE.bidsPerRequest + b);
        const bidHash = keccak256(stringToHex(`provernet-bench:bid:${reqid}:${prover}`));
        batcher.write(prover, market, abis.brevisMarketAbi, "bid", [reqid, bidHash], 300_000n);
      }
    });
    open = [];
    for (let r = 0; r < LIVE.requests; r++) {
      const nonce = BigInt(now) * 1000n + BigInt(block * LIVE.requests + r);
      const vk = keccak256(stringToHex(`provernet-bench:program:${r % PROGRAMS}`));
      const digest = keccak256(stringToHex(`provernet-bench:digest:${nonce}`));
      open.push(keccak256(encodePacked(["uint64", "bytes32", "bytes32"], [nonce, vk, digest])));
      const fee = {
        maxFee: 2n * minMaxFee,
        minStake: minSelfStake,
        deadline: BigInt(now) + bidding + reveal + BigInt(HOUR),
      };
      const request = {
        nonce,
        vk,
        publicValuesDigest: digest,
        imgURL: "",
        inputData: "0x",
        inputURL: "",
        version: 0,
        fee,
      };
      batcher.write(DEV, market, abis.brevisMarketAbi, "requestProof", [request], 900_000n);
    }
    await batcher.mine(now);
    block++;
  };

  const loop = (async () => {
    while (running) {
      const started = Date.now();
      try {
        await playBlock();
      } catch (error) {
        failures++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
        // Nonces may be off after a failed block: read them again.
        batcher.queued.length = 0;
        batcher.nonces.clear();
        await batcher.loadNonces([DEV, ...stakers, ...provers]).catch(() => {});
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))));
    }
  })();

  return {
    blocks: () => block,
    stop: async () => {
      running = false;
      await loop;
      await chain.close();
      return { blocks: block, transactions: batcher.txCount, failures, firstFailure };
    },
  };
}
