// Talking to the devnet: queue transactions, then mine them together in one block at a chosen
// timestamp. Automine is off and every account is auto-impersonated, so any address can send
// without a key. Transactions are sent one by one (anvil handles a JSON-RPC batch concurrently,
// which would scramble their order in the block) with explicit gas and a zero tip, so the pool
// keeps them in submission order: the scenario's model of the auction relies on that order.
// Receipts are checked in batches: any failed transaction stops the scenario with its decoded
// revert, because everything after it would rest on a wrong model of the chain. The one
// exception is a transaction sent to show a refusal: simulated first, it must revert.
import { decodeErrorResult, decodeFunctionResult, encodeFunctionData, toEventSelector, toFunctionSelector } from "viem";

/** @typedef {`0x${string}`} Hex */
/** @typedef {`0x${string}`} Address */
/** @typedef {import("viem").Abi} Abi */

/** anvil gets slow on blocks of hundreds of transactions (receipts are built per block). */
const MAX_TXS_PER_BLOCK = 150;
/** Blocks mined between two receipt checks. */
const CHECK_EVERY_BLOCKS = 48;
/** Large enough for any block the scenario mines; restored to anvil's default at the end. */
const SCENARIO_BLOCK_GAS_LIMIT = 3_000_000_000n;
const DEFAULT_BLOCK_GAS_LIMIT = 30_000_000n;
const DEFAULT_GAS = 600_000n;
/** Fee cap per gas: blocks stay far below their target, so the base fee decays towards zero. */
const MAX_FEE_PER_GAS = 5_000_000_000n;

/**
 * @typedef {object} QueuedTx
 * @property {Address} from
 * @property {Address} to
 * @property {Hex} data
 * @property {bigint} gas
 * @property {string} label what it is, named in errors
 * @property {((timestamp: number) => void) | undefined} onMined called with the block timestamp
 * @property {string | undefined} expectRevert the custom error it must revert with
 */

/**
 * @typedef {object} MinedTx
 * @property {Hex} hash
 * @property {QueuedTx} tx
 */

export class Chain {
  /**
   * @param {string} rpcUrl
   * @param {Abi[]} abis every ABI whose errors and events the scenario may meet
   * @param {string} fallbackLabel names contracts without a label in the event counts
   */
  constructor(rpcUrl, abis, fallbackLabel) {
    this.fallbackLabel = fallbackLabel;
    this.rpcUrl = rpcUrl;
    /** @type {QueuedTx[]} */
    this.queued = [];
    /** Timestamp of the latest block this scenario mined (or found). */
    this.timestamp = 0;
    this.blockNumber = 0n;
    /** @type {Map<bigint, MinedTx[]>} blocks mined and not yet checked */
    this.unchecked = new Map();
    this.txCount = 0;
    this.blockCount = 0;
    /** Milliseconds spent sending, mining, checking receipts and reading: where the replay's time goes. */
    this.timing = { send: 0, mine: 0, check: 0, read: 0 };
    /** @type {Record<string, number>} "Contract.Event" → count */
    this.eventCounts = {};
    /** @type {Record<string, number>} custom error → transactions mined reverting with it, as expected */
    this.refusals = {};
    /** @type {Map<string, string>} lower-case address → contract label, for event counting */
    this.labels = new Map();
    /** @type {Map<Hex, string>} event selector → name */
    this.eventsBySelector = new Map();
    /** @type {Abi} */
    this.errorAbi = [];
    const seenErrors = new Set();
    for (const abi of abis) {
      for (const item of abi) {
        if (item.type === "error") {
          const selector = toFunctionSelector(
            `${item.name}(${item.inputs.map((/** @type {{ type: string }} */ i) => i.type).join(",")})`,
          );
          if (!seenErrors.has(selector)) {
            seenErrors.add(selector);
            this.errorAbi = [...this.errorAbi, item];
          }
        } else if (item.type === "event") {
          this.eventsBySelector.set(toEventSelector(item), item.name);
        }
      }
    }
    this.requestId = 0;
  }

  /**
   * One JSON-RPC call.
   * @param {string} method
   * @param {unknown[]} [params]
   * @returns {Promise<any>}
   */
  async rpc(method, params = []) {
    const response = await fetch(this.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++this.requestId, method, params }),
    });
    const body = await response.json();
    if (body.error) throw new Error(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`);
    return body.result;
  }

  /**
   * Several calls in one HTTP request. Only for calls whose order does not matter (reads,
   * balances): anvil runs the calls of a batch concurrently.
   * @param {Array<[string, unknown[]]>} calls
   * @returns {Promise<any[]>}
   */
  async rpcBatch(calls) {
    if (calls.length === 0) return [];
    const response = await fetch(this.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(calls.map(([method, params], id) => ({ jsonrpc: "2.0", id, method, params }))),
    });
    /** @type {Array<{ id: number, result?: unknown, error?: { message?: string } }>} */
    const body = await response.json();
    const results = new Array(calls.length);
    for (const item of body) {
      if (item.error) throw new Error(`${calls[item.id]?.[0]}: ${item.error.message ?? JSON.stringify(item.error)}`);
      results[item.id] = item.result;
    }
    return results;
  }

  /** Automine off, every sender impersonated, room for big blocks; returns the latest block time. */
  async begin() {
    await this.rpc("anvil_autoImpersonateAccount", [true]);
    await this.rpc("evm_setAutomine", [false]);
    await this.rpc("evm_setBlockGasLimit", [`0x${SCENARIO_BLOCK_GAS_LIMIT.toString(16)}`]);
    const block = await this.rpc("eth_getBlockByNumber", ["latest", false]);
    this.timestamp = Number(BigInt(block.timestamp));
    this.blockNumber = BigInt(block.number);
    return this.timestamp;
  }

  /** Puts the devnet back the way the rest of the project expects it: automine, default gas limit. */
  async end() {
    await this.checkReceipts();
    await this.rpc("evm_setBlockGasLimit", [`0x${DEFAULT_BLOCK_GAS_LIMIT.toString(16)}`]);
    // The last block is "now": the history ends when the scenario is done playing.
    await this.mine(Math.max(this.timestamp + 1, Math.floor(Date.now() / 1000)), { empty: true });
    await this.checkReceipts();
    await this.rpc("evm_setAutomine", [true]);
    await this.rpc("anvil_autoImpersonateAccount", [false]);
  }

  /**
   * Moves the chain's clock to `timestamp`, which may be earlier than the latest block: used
   * once, when the devnet was deployed "now" and the history must start weeks ago.
   * @param {number} timestamp
   */
  async setTime(timestamp) {
    await this.rpc("evm_setTime", [timestamp]);
    this.timestamp = timestamp - 1;
  }

  /**
   * Names the contract at an address in the event counts.
   * @param {string} address
   * @param {string} label
   */
  label(address, label) {
    this.labels.set(address.toLowerCase(), label);
  }

  /**
   * Gives accounts ETH for gas (not a transaction: nothing to mine).
   * @param {readonly Address[]} addresses
   * @param {bigint} wei
   */
  async setBalances(addresses, wei) {
    for (let i = 0; i < addresses.length; i += 200) {
      await this.rpcBatch(
        addresses.slice(i, i + 200).map((address) => ["anvil_setBalance", [address, `0x${wei.toString(16)}`]]),
      );
    }
  }

  /**
   * Queues a contract call for the next block. The arguments are checked against the ABI's
   * types by the type checker.
   * @template {Abi} TAbi
   * @template {import("viem").ContractFunctionName<TAbi, "nonpayable" | "payable">} TName
   * @param {Address} from
   * @param {Address} to
   * @param {TAbi} abi
   * @param {TName} functionName
   * @param {import("viem").ContractFunctionArgs<TAbi, "nonpayable" | "payable", TName>} args
   * @param {{ gas?: bigint, label?: string, onMined?: (timestamp: number) => void, expectRevert?: string }} [options]
   */
  write(from, to, abi, functionName, args, options = {}) {
    const data = encodeFunctionData(/** @type {any} */ ({ abi, functionName, args }));
    this.queued.push({
      from,
      to,
      data,
      gas: options.gas ?? DEFAULT_GAS,
      label: options.label ?? `${String(functionName)} from ${from}`,
      onMined: options.onMined,
      expectRevert: options.expectRevert,
    });
  }

  /**
   * Reads a view function at the latest mined block.
   * @template {Abi} TAbi
   * @template {import("viem").ContractFunctionName<TAbi, "view" | "pure">} TName
   * @param {Address} to
   * @param {TAbi} abi
   * @param {TName} functionName
   * @param {import("viem").ContractFunctionArgs<TAbi, "view" | "pure", TName>} args
   * @returns {Promise<import("viem").ContractFunctionReturnType<TAbi, "view" | "pure", TName>>}
   */
  async read(to, abi, functionName, args) {
    const [result] = await this.readMany([
      { to, abi, functionName, args: /** @type {readonly unknown[]} */ (/** @type {unknown} */ (args)) },
    ]);
    return /** @type {any} */ (result);
  }

  /**
   * Many reads in one round trip (reads do not depend on each other's order).
   * @param {Array<{ to: Address, abi: Abi, functionName: string, args: readonly unknown[] }>} calls
   * @returns {Promise<unknown[]>}
   */
  async readMany(calls) {
    const started = performance.now();
    const raw = await this.rpcBatch(
      calls.map(({ to, abi, functionName, args }) => [
        "eth_call",
        [{ to, data: encodeFunctionData(/** @type {any} */ ({ abi, functionName, args })) }, "latest"],
      ]),
    );
    this.timing.read += performance.now() - started;
    return calls.map(({ abi, functionName }, i) =>
      decodeFunctionResult(/** @type {any} */ ({ abi, functionName, data: raw[i] })),
    );
  }

  /**
   * Sends what is queued and mines it at `timestamp` (or just after the latest block, if that is
   * later). More than MAX_TXS_PER_BLOCK transactions spill into further blocks one second apart.
   * With nothing queued no block is mined (blocks are what costs), unless `empty` asks for one.
   * @param {number} timestamp
   * @param {{ empty?: boolean }} [options]
   * @returns {Promise<number>} the timestamp of the (last) block
   */
  async mine(timestamp, { empty = false } = {}) {
    const queued = this.queued;
    if (queued.length === 0 && !empty) return this.timestamp;
    this.queued = [];
    let offset = 0;
    do {
      const chunk = queued.slice(offset, offset + MAX_TXS_PER_BLOCK);
      offset += MAX_TXS_PER_BLOCK;
      /** @type {MinedTx[]} */
      const sent = [];
      const sending = performance.now();
      for (const tx of chunk) {
        const hash = await this.rpc("eth_sendTransaction", [
          {
            from: tx.from,
            to: tx.to,
            data: tx.data,
            gas: `0x${tx.gas.toString(16)}`,
            maxFeePerGas: `0x${MAX_FEE_PER_GAS.toString(16)}`,
            maxPriorityFeePerGas: "0x0",
          },
        ]);
        sent.push({ hash, tx });
      }
      const at = Math.max(timestamp, this.timestamp + 1);
      const mining = performance.now();
      this.timing.send += mining - sending;
      await this.rpc("evm_mine", [at]);
      this.timing.mine += performance.now() - mining;
      this.timestamp = at;
      this.blockNumber += 1n;
      this.blockCount += 1;
      this.txCount += sent.length;
      if (sent.length > 0) this.unchecked.set(this.blockNumber, sent);
      for (const tx of chunk) tx.onMined?.(at);
    } while (offset < queued.length);
    if (this.unchecked.size >= CHECK_EVERY_BLOCKS) await this.checkReceipts();
    return this.timestamp;
  }

  /**
   * Checks that every transaction sent since the last check was mined where expected and
   * succeeded, and counts the events they emitted.
   */
  async checkReceipts() {
    const started = performance.now();
    const blocks = [...this.unchecked.entries()];
    this.unchecked.clear();
    for (let i = 0; i < blocks.length; i += 16) {
      const slice = blocks.slice(i, i + 16);
      const receiptLists = await this.rpcBatch(
        slice.map(([number]) => ["eth_getBlockReceipts", [`0x${number.toString(16)}`]]),
      );
      for (let b = 0; b < slice.length; b++) {
        const [number, sent] = /** @type {[bigint, MinedTx[]]} */ (slice[b]);
        /** @type {Array<{ transactionHash: Hex, status: Hex, logs: Array<{ address: string, topics: Hex[] }> }>} */
        const receipts = receiptLists[b] ?? [];
        const byHash = new Map(receipts.map((r) => [r.transactionHash, r]));
        for (const { hash, tx } of sent) {
          const receipt = byHash.get(hash);
          if (!receipt) throw new Error(`Seed: "${tx.label}" (${hash}) was not mined in block ${number}.`);
          if (tx.expectRevert !== undefined) {
            if (receipt.status === "0x1") {
              throw new Error(`Seed: "${tx.label}" succeeded in block ${number}; it should have been refused.`);
            }
            this.refusals[tx.expectRevert] = (this.refusals[tx.expectRevert] ?? 0) + 1;
            continue;
          }
          if (receipt.status !== "0x1") {
            throw new Error(`Seed: "${tx.label}" reverted in block ${number}: ${await this.revertReason(hash, tx)}`);
          }
          for (const log of receipt.logs) this.countEvent(log);
        }
      }
    }
    this.timing.check += performance.now() - started;
  }

  /** @param {{ address: string, topics: Hex[] }} log */
  countEvent(log) {
    const event = log.topics[0] ? this.eventsBySelector.get(log.topics[0]) : undefined;
    const contract = this.labels.get(log.address.toLowerCase()) ?? this.fallbackLabel;
    const key = `${contract}.${event ?? log.topics[0] ?? "anonymous"}`;
    this.eventCounts[key] = (this.eventCounts[key] ?? 0) + 1;
  }

  /**
   * The custom error a call would revert with at the latest block, or undefined if it would
   * succeed: how a refusal is confirmed before it is sent.
   * @template {Abi} TAbi
   * @template {import("viem").ContractFunctionName<TAbi, "nonpayable" | "payable">} TName
   * @param {Address} from
   * @param {Address} to
   * @param {TAbi} abi
   * @param {TName} functionName
   * @param {import("viem").ContractFunctionArgs<TAbi, "nonpayable" | "payable", TName>} args
   */
  async refusal(from, to, abi, functionName, args) {
    const data = encodeFunctionData(/** @type {any} */ ({ abi, functionName, args }));
    const error = await this.callError({ from, to, data });
    return error === undefined ? undefined : error.split("(")[0];
  }

  /**
   * The decoded revert of a call at the latest block, or undefined if it succeeds.
   * @param {{ from: Address, to: Address, data: Hex }} call
   * @returns {Promise<string | undefined>}
   */
  async callError({ from, to, data }) {
    const response = await fetch(this.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: ++this.requestId,
        method: "eth_call",
        params: [{ from, to, data }, "latest"],
      }),
    });
    const body = await response.json();
    if (!body.error) return undefined;
    const revert = /** @type {Hex | undefined} */ (body.error.data);
    return revert ? this.decodeError(revert) : String(body.error.message);
  }

  /** @param {Hex} data */
  decodeError(data) {
    try {
      const decoded = decodeErrorResult({ abi: this.errorAbi, data });
      return `${decoded.errorName}(${(decoded.args ?? []).map(String).join(", ")})`;
    } catch {
      return `reverted ${data}`;
    }
  }

  /**
   * The decoded custom error of a reverted transaction, from a call trace; where the devnet
   * keeps no history to trace (anvil --prune-history), from the same call replayed on the latest
   * state, which usually fails the same way.
   * @param {Hex} hash
   * @param {QueuedTx} tx
   */
  async revertReason(hash, tx) {
    try {
      const trace = await this.rpc("debug_traceTransaction", [hash, { tracer: "callTracer" }]);
      const output = /** @type {Hex | undefined} */ (trace.output);
      if (output && output.length >= 10) return this.decodeError(output);
      return String(trace.error ?? "reverted without data");
    } catch {
      const replayed = await this.callError(tx);
      return `${replayed ?? "no error when replayed"} (replayed on the latest state)`;
    }
  }
}
