// Sends many transactions to an anvil with automine off and every account impersonated, then
// mines them into blocks at chosen timestamps. Speed comes from not waiting per transaction:
// nonces are assigned here, so a whole block's transactions go out as concurrent JSON-RPC
// batches and arrival order does not matter (anvil orders one sender's transactions by nonce).
// Transactions that depend on another sender's (a stake on a mint) go in a later `mine` call.
import { encodeFunctionData } from "viem";

/** @typedef {`0x${string}`} Hex */
/** @typedef {import("./json-rpc.mjs").RpcClient} RpcClient */

/** Past a few hundred transactions per block anvil slows down (receipts are built per block). */
const DEFAULT_TXS_PER_BLOCK = 400;
const CALLS_PER_REQUEST = 100;
const REQUESTS_IN_FLIGHT = 4;
/** Blocks stay far below their gas target, so the base fee decays and this cap is never reached. */
const MAX_FEE_PER_GAS = 5_000_000_000n;

/**
 * @typedef {object} QueuedTx
 * @property {Hex} from
 * @property {Hex} to
 * @property {Hex} data
 * @property {bigint} gas
 * @property {number} nonce
 * @property {string} label named in errors
 */

export class TxBatcher {
  /** @param {RpcClient} rpc */
  constructor(rpc) {
    this.rpc = rpc;
    /** @type {Map<string, number>} lower-case address → next nonce */
    this.nonces = new Map();
    /** @type {QueuedTx[]} */
    this.queued = [];
    this.timestamp = 0;
    this.txCount = 0;
    this.blockCount = 0;
    /** Milliseconds spent sending, mining and checking receipts: where the generator's time goes. */
    this.timing = { send: 0, mine: 0, check: 0 };
  }

  /**
   * Reads the next nonce of accounts that sent transactions before (fresh accounts start at 0).
   * @param {readonly Hex[]} addresses
   */
  async loadNonces(addresses) {
    for (const address of addresses) {
      const count = await this.rpc.call("eth_getTransactionCount", [address, "pending"]);
      this.nonces.set(address.toLowerCase(), Number(BigInt(count)));
    }
  }

  /**
   * Queues a contract call for the next `mine`.
   * @param {Hex} from
   * @param {Hex} to
   * @param {import("viem").Abi} abi
   * @param {string} functionName
   * @param {readonly unknown[]} args
   * @param {bigint} gas explicit, so nothing is estimated
   */
  write(from, to, abi, functionName, args, gas) {
    const key = from.toLowerCase();
    const nonce = this.nonces.get(key) ?? 0;
    this.nonces.set(key, nonce + 1);
    const data = encodeFunctionData(/** @type {any} */ ({ abi, functionName, args }));
    this.queued.push({ from, to, data, gas, nonce, label: `${functionName} from ${from}` });
  }

  get pending() {
    return this.queued.length;
  }

  /**
   * Sends what is queued and mines it, `txsPerBlock` at a time, in blocks one second apart from
   * `timestamp` on (or just after the latest block, if that is later). Every receipt is checked:
   * a reverted transaction would leave the benchmark measuring a different chain than intended.
   * @param {number} timestamp
   * @param {{ txsPerBlock?: number }} [options]
   */
  async mine(timestamp, { txsPerBlock = DEFAULT_TXS_PER_BLOCK } = {}) {
    const queued = this.queued;
    this.queued = [];
    for (let offset = 0; offset < queued.length; offset += txsPerBlock) {
      const chunk = queued.slice(offset, offset + txsPerBlock);
      const sending = performance.now();
      const hashes = await this.send(chunk);
      const at = Math.max(timestamp, this.timestamp + 1);
      const mining = performance.now();
      await this.rpc.call("evm_mine", [at]);
      const checking = performance.now();
      await this.check(chunk, hashes);
      this.timing.send += mining - sending;
      this.timing.mine += checking - mining;
      this.timing.check += performance.now() - checking;
      this.timestamp = at;
      this.blockCount += 1;
      this.txCount += chunk.length;
    }
  }

  /**
   * @param {QueuedTx[]} chunk
   * @returns {Promise<Hex[]>}
   */
  async send(chunk) {
    /** @type {Hex[]} */
    const hashes = new Array(chunk.length);
    /** @type {number[]} */
    const starts = [];
    for (let i = 0; i < chunk.length; i += CALLS_PER_REQUEST) starts.push(i);
    const worker = async () => {
      for (let start = starts.shift(); start !== undefined; start = starts.shift()) {
        const slice = chunk.slice(start, start + CALLS_PER_REQUEST);
        const results = await this.rpc.batch(
          slice.map((tx) => [
            "eth_sendTransaction",
            [
              {
                from: tx.from,
                to: tx.to,
                data: tx.data,
                gas: `0x${tx.gas.toString(16)}`,
                nonce: `0x${tx.nonce.toString(16)}`,
                maxFeePerGas: `0x${MAX_FEE_PER_GAS.toString(16)}`,
                maxPriorityFeePerGas: "0x0",
              },
            ],
          ]),
        );
        results.forEach((item, i) => {
          const tx = /** @type {QueuedTx} */ (slice[i]);
          if (!item || item.error)
            throw new Error(`Sending "${tx.label}" failed: ${item?.error?.message ?? "no answer"}`);
          hashes[start + i] = item.result;
        });
      }
    };
    await Promise.all(Array.from({ length: REQUESTS_IN_FLIGHT }, worker));
    return hashes;
  }

  /**
   * @param {QueuedTx[]} chunk
   * @param {Hex[]} hashes
   */
  async check(chunk, hashes) {
    /** @type {Array<{ transactionHash: Hex, status: Hex, blockNumber: Hex }>} */
    const receipts = await this.rpc.call("eth_getBlockReceipts", ["latest"]);
    const byHash = new Map(receipts.map((receipt) => [receipt.transactionHash, receipt]));
    for (let i = 0; i < chunk.length; i++) {
      const tx = /** @type {QueuedTx} */ (chunk[i]);
      const receipt = byHash.get(/** @type {Hex} */ (hashes[i]));
      if (!receipt) {
        throw new Error(`"${tx.label}" (nonce ${tx.nonce}) was not mined in the block it was sent for.`);
      }
      if (receipt.status !== "0x1") {
        throw new Error(`"${tx.label}" reverted: ${await this.revertReason(/** @type {Hex} */ (hashes[i]))}`);
      }
    }
  }

  /** @param {Hex} hash */
  async revertReason(hash) {
    try {
      const trace = await this.rpc.call("debug_traceTransaction", [hash, { tracer: "callTracer" }]);
      return `${trace.error ?? "reverted"} ${trace.output ?? ""}`.trim();
    } catch (error) {
      return `unknown (${error instanceof Error ? error.message : String(error)})`;
    }
  }
}
