// Keeps the seeded devnet alive while the topology is under load: a block every second (anvil's
// interval mining) and, every second, a stake by the dev account with a seeded prover, so each
// block brings the indexer new rows (a stake event, the staker's position, the vault's totals).
import { setTimeout as sleep } from "node:timers/promises";
import { encodeFunctionData, maxUint256, parseEther } from "viem";
import { rpc, waitFor } from "../lib/wait.mjs";
import { loadAbis } from "../seed/abis.mjs";
import { DEV } from "../seed/actors.mjs";
import { proverByKey } from "../seed/provers.mjs";

const BLOCK_SECONDS = 1;
const STAKE = parseEther("1");
/** Explicit, so a stake that would revert is still mined and its receipt says so. */
const GAS = 600_000n;

/**
 * @param {{ rpcUrl: string, contracts: Record<string, string> }} options the devnet's deployed addresses
 */
export async function startChainActivity({ rpcUrl, contracts }) {
  const { brevTokenAbi, stakingControllerAbi } = await loadAbis();
  const brevToken = /** @type {`0x${string}`} */ (contracts.BrevToken);
  const controller = /** @type {`0x${string}`} */ (contracts.StakingController);
  /** @type {`0x${string}`[]} */
  const hashes = [];
  let sendErrors = 0;
  /** @type {string | null} */
  let firstSendError = null;

  /**
   * anvil signs for its dev accounts, so the dev account sends without a key.
   * @param {`0x${string}`} to
   * @param {`0x${string}`} data
   */
  const send = (to, data) =>
    rpc(rpcUrl, "eth_sendTransaction", [{ from: DEV, to, data, gas: `0x${GAS.toString(16)}` }]);
  /** @param {`0x${string}`} hash */
  const receipt = (hash) =>
    waitFor(() => rpc(rpcUrl, "eth_getTransactionReceipt", [hash]), {
      what: `The receipt of ${hash}`,
      timeoutMs: 30_000,
    });

  // The dev account is the token's minter: it funds its own stakes.
  await send(
    brevToken,
    encodeFunctionData({ abi: brevTokenAbi, functionName: "mint", args: [DEV, parseEther("1000000")] }),
  );
  await send(
    brevToken,
    encodeFunctionData({ abi: brevTokenAbi, functionName: "approve", args: [controller, maxUint256] }),
  );
  const stakeData = encodeFunctionData({
    abi: stakingControllerAbi,
    functionName: "stake",
    args: [proverByKey("atlas").address, STAKE],
  });
  await rpc(rpcUrl, "evm_setIntervalMining", [BLOCK_SECONDS]);

  let stopping = false;
  const loop = (async () => {
    while (!stopping) {
      try {
        hashes.push(await send(controller, stakeData));
      } catch (error) {
        sendErrors++;
        firstSendError ??= error instanceof Error ? error.message : String(error);
      }
      await sleep(BLOCK_SECONDS * 1000);
    }
  })();

  return {
    /**
     * Stops sending, waits for every transaction to be mined, then stops mining, so the chain's
     * head holds still for the row comparison. Returns what was sent and how it went.
     */
    async stop() {
      stopping = true;
      await loop;
      let reverted = 0;
      for (const hash of hashes) if ((await receipt(hash)).status !== "0x1") reverted++;
      await rpc(rpcUrl, "evm_setIntervalMining", [0]);
      const head = Number(BigInt(await rpc(rpcUrl, "eth_blockNumber")));
      return { transactions: hashes.length, reverted, sendErrors, firstSendError, head };
    },
  };
}
