// The scenario's shared state: the chain and agenda, the deployed addresses, and the model of
// the chain that the parts consult before acting (prover states, stake bound in the market,
// token approvals given). The model only ever has to be conservative: a prover bids only when
// the chain will certainly accept the bid, so no transaction of the scenario reverts unless it
// is sent to be refused.
import { maxUint256 } from "viem";
import { DEV } from "./actors.mjs";

/** @typedef {import("./chain.mjs").Address} Address */
/** @typedef {import("./abis.mjs").GeneratedAbis} GeneratedAbis */

export const HOUR = 3600;
export const DAY = 24 * HOUR;
export const BREV = 10n ** 18n;

export const STATE = /** @type {const} */ ({ NULL: 0, ACTIVE: 1, DEACTIVATED: 2, JAILED: 3 });

/**
 * Whole or fractional BREV as wei (fractions to 1e-6 BREV).
 * @param {number} amount
 */
export function brev(amount) {
  return (BigInt(Math.round(amount * 1e6)) * BREV) / 1_000_000n;
}

/**
 * @typedef {object} Contracts
 * @property {Address} brev
 * @property {Address} controller
 * @property {Address} stakingViewer
 * @property {Address} market
 * @property {Address} marketViewer
 * @property {Address} verifier
 * @property {Address} vaultFactory
 * @property {Address | undefined} epochRewards undefined while Deploy.s.sol does not deploy it
 * @property {Address | undefined} brevisProof the devnet stand-in for Brevis' proof contract that EpochRewards uses
 */

/**
 * The month's notable moments, which the summary reports and checks.
 * @typedef {object} Story
 * @property {{ prover: Address, from: Address, to: Address, shares: bigint } | undefined} shareTransfer
 * @property {{ prover: Address, reqid: `0x${string}` } | undefined} refusedSlash
 * @property {Address[]} retired by retireProver
 * @property {Address[]} selfReactivated by the prover's own reactivateProver
 * @property {Address[]} deactivatedByAdmin
 */

/**
 * @typedef {object} ProverRuntime
 * @property {Address} address
 * @property {number} state the state the chain will have once the queued transactions are mined
 * @property {Address | undefined} vault
 * @property {number} joinedAt block time of initializeProver
 * @property {Address[]} submitters registered (mined) submitters
 */

export class World {
  /**
   * @param {object} options
   * @param {import("./chain.mjs").Chain} options.chain
   * @param {import("./agenda.mjs").Agenda} options.agenda
   * @param {GeneratedAbis} options.abis
   * @param {Contracts} options.contracts
   * @param {import("./rng.mjs").Rng} options.rng
   * @param {number} options.start first second of the history
   * @param {number} options.end the history's "now"
   * @param {(line: string) => void} options.log
   */
  constructor({ chain, agenda, abis, contracts, rng, start, end, log }) {
    this.chain = chain;
    this.agenda = agenda;
    this.abis = abis;
    this.contracts = contracts;
    this.rng = rng;
    this.start = start;
    this.end = end;
    this.log = log;
    /** @type {Map<Address, ProverRuntime>} */
    this.provers = new Map();
    /** Market: sum of minStake over the requests each prover currently holds as winner. */
    /** @type {Map<Address, bigint>} */
    this.assigned = new Map();
    /** @type {Set<string>} owner:token:spender approvals already given (max) */
    this.approvals = new Set();
    /** What the transactions queued for the block being filled do; cleared for each block. */
    this.pending = newBlockState(-1n);
    /** Provers whose state a queued slash may have changed: read back once the block is mined. */
    /** @type {Set<Address>} */
    this.stateUnsure = new Set();
    /** Outcome counters for the final report. */
    this.stats = {
      requests: 0,
      fulfilled: 0,
      refunds: { noBid: 0, noReveal: 0, missed: 0 },
      slashed: 0,
      bids: 0,
      reveals: 0,
      stakes: 0,
      unstakeRequests: 0,
      unstakeCompletions: 0,
      /** completions put off because the deployed rounding would make them revert */
      unstakeCompletionsDeferred: 0,
      /** distributeRewards calls (the submissions are counted from their events) */
      rewardDistributions: 0,
      /** rewards paid by a partner straight through addRewards */
      grants: 0,
    };
    /** Times of each staker's pending unstake requests, by `${staker}:${prover}`. */
    /** @type {Map<string, number[]>} */
    this.unstakeTimes = new Map();
    /** The rules read at the start: the controller's (`load`) and the market's overcommit. */
    this.unstakeDelay = 7 * DAY;
    this.minSelfStake = 1000n * BREV;
    this.maxSlashBps = 5000n;
    this.scaleFloor = 2000n;
    this.deactivationScale = 4000n;
    this.overcommitBps = 500n;
    /** @type {Story} */
    this.story = {
      shareTransfer: undefined,
      refusedSlash: undefined,
      retired: [],
      selfReactivated: [],
      deactivatedByAdmin: [],
    };
    /** Fulfilled proofs per reward epoch and prover (the epoch rewards follow the work done). */
    /** @type {Map<number, Map<Address, number>>} */
    this.workByEpoch = new Map();
  }

  /** Reads the controller's rules the scenario must respect. */
  async load() {
    const { chain, contracts, abis } = this;
    const names = ["unstakeDelay", "minSelfStake", "maxSlashBps", "MIN_SCALE_FLOOR", "DEACTIVATION_SCALE"];
    const [delay, minSelfStake, maxSlashBps, floor, deactivation] = /** @type {bigint[]} */ (
      await chain.readMany(
        names.map((functionName) => ({
          to: contracts.controller,
          abi: abis.stakingControllerAbi,
          functionName,
          args: [],
        })),
      )
    );
    if (
      delay === undefined ||
      minSelfStake === undefined ||
      maxSlashBps === undefined ||
      floor === undefined ||
      deactivation === undefined
    ) {
      throw new Error("Seed: could not read the staking parameters.");
    }
    this.unstakeDelay = Number(delay);
    this.minSelfStake = minSelfStake;
    this.maxSlashBps = maxSlashBps;
    this.scaleFloor = floor;
    this.deactivationScale = deactivation;
  }

  /**
   * The time `days` (fractional) after the start of the history.
   * @param {number} days
   */
  day(days) {
    return Math.floor(this.start + days * DAY);
  }

  /** @param {number} time */
  dayOf(time) {
    return (time - this.start) / DAY;
  }

  /** @param {Address} prover */
  prover(prover) {
    const p = this.provers.get(prover);
    if (!p) throw new Error(`Seed: unknown prover ${prover}`);
    return p;
  }

  /** @param {Address} prover */
  isActive(prover) {
    return this.provers.get(prover)?.state === STATE.ACTIVE;
  }

  /**
   * Queues an ERC-20 (or vault share) approval the first time an owner needs it.
   * @param {Address} owner
   * @param {Address} token
   * @param {Address} spender
   */
  approve(owner, token, spender) {
    const key = `${owner}:${token}:${spender}`;
    if (this.approvals.has(key)) return;
    this.approvals.add(key);
    this.chain.write(owner, token, this.abis.brevTokenAbi, "approve", [spender, maxUint256], {
      label: `approve ${spender} by ${owner}`,
      gas: 100_000n,
    });
  }

  /**
   * Mints BREV from the dev account (the token's minter) to an account: on the devnet this
   * stands for buying BREV.
   * @param {Address} to
   * @param {bigint} amount
   */
  mint(to, amount) {
    this.chain.write(DEV, this.contracts.brev, this.abis.brevTokenAbi, "mint", [to, amount], {
      label: `mint to ${to}`,
      gas: 100_000n,
    });
  }

  /**
   * The prover's vault address, read once.
   * @param {Address} prover
   */
  async vault(prover) {
    const p = this.prover(prover);
    if (!p.vault) {
      p.vault = await this.chain.read(this.contracts.controller, this.abis.stakingControllerAbi, "getProverVault", [
        prover,
      ]);
    }
    return p.vault;
  }

  /** The bookkeeping of the block being filled (a new one once the previous block is mined). */
  block() {
    if (this.pending.number !== this.chain.blockNumber) this.pending = newBlockState(this.chain.blockNumber);
    return this.pending;
  }

  /**
   * What the prover's vault holds for certain once this block is mined (the market's
   * eligibility reads vault assets, pending unstakes excluded): the assets at the latest block,
   * less the outflows (unstakes, slashes) queued in this block. Inflows queued in this block are
   * not counted, which only makes the estimate safer.
   * @param {Address} prover
   */
  async assets(prover) {
    const block = this.block();
    let read = block.assetsRead.get(prover);
    if (read === undefined) {
      const known = [...this.provers.values()].filter((p) => p.state !== STATE.NULL).map((p) => p.address);
      // Total (vault + pending unstakes) less pending: both read 0 for a prover whose
      // initializeProver is only queued, where asking its vault would fail.
      const values = /** @type {bigint[]} */ (
        await this.chain.readMany(
          known.flatMap((address) =>
            ["getProverTotalAssets", "getProverTotalUnstaking"].map((functionName) => ({
              to: this.contracts.controller,
              abi: this.abis.stakingControllerAbi,
              functionName,
              args: [address],
            })),
          ),
        )
      );
      known.forEach((address, i) => {
        block.assetsRead.set(address, (values[2 * i] ?? 0n) - (values[2 * i + 1] ?? 0n));
      });
      read = block.assetsRead.get(prover) ?? 0n;
    }
    return read - (block.outflows.get(prover) ?? 0n);
  }

  /**
   * Records that a transaction queued in this block takes `amount` out of the prover's vault.
   * @param {Address} prover
   * @param {bigint} amount
   */
  async noteOutflow(prover, amount) {
    await this.assets(prover);
    const block = this.block();
    block.outflows.set(prover, (block.outflows.get(prover) ?? 0n) + amount);
  }

  /**
   * Marks a staker's position with a prover as changed by a transaction queued in this block,
   * so that nothing else in the block acts on a balance read before it.
   * @param {Address} staker
   * @param {Address} prover
   * @returns {boolean} false when it was already changed in this block
   */
  touch(staker, prover) {
    const touched = this.block().touched;
    const key = `${staker}:${prover}`;
    if (touched.has(key)) return false;
    touched.add(key);
    return true;
  }

  /**
   * What the controller will make of a slash of `amount` asked through slashByAmount, from the
   * latest block: the basis points it takes (of vault assets plus pending unstakes, rounded
   * down, capped at maxSlashBps), whether the scale floor refuses it, and whether it
   * deactivates the prover (scale below the deactivation scale, or an Active prover's own
   * stake below the minimum).
   * @param {Address} prover
   * @param {bigint} amount
   */
  async predictSlash(prover, amount) {
    const controller = this.contracts.controller;
    const abi = this.abis.stakingControllerAbi;
    const [total, scale, own] = /** @type {bigint[]} */ (
      await this.chain.readMany([
        { to: controller, abi, functionName: "getProverTotalAssets", args: [prover] },
        { to: controller, abi, functionName: "getProverSlashingScale", args: [prover] },
        { to: controller, abi, functionName: "maxWithdraw", args: [prover, prover] },
      ])
    );
    const slashable = (total ?? 0n) - (this.block().completions.get(prover) ?? 0n);
    if (slashable <= 0n || scale === undefined || own === undefined) {
      return { bps: 0n, refused: false, deactivates: false };
    }
    const asked = (amount * 10_000n) / slashable;
    const bps = asked > this.maxSlashBps ? this.maxSlashBps : asked;
    const newScale = (scale * (10_000n - bps)) / 10_000n;
    const ownAfter = (own * (10_000n - bps)) / 10_000n;
    return {
      bps,
      refused: newScale < this.scaleFloor,
      deactivates: newScale < this.deactivationScale || (this.isActive(prover) && ownAfter < this.minSelfStake),
    };
  }

  /**
   * Reads back the state of the provers a mined slash may have deactivated, so the model
   * follows the chain exactly where the prediction could be off by a rounding.
   */
  async settleStates() {
    if (this.stateUnsure.size === 0) return;
    const provers = [...this.stateUnsure];
    this.stateUnsure.clear();
    const states = await this.chain.readMany(
      provers.map((address) => ({
        to: this.contracts.controller,
        abi: this.abis.stakingControllerAbi,
        functionName: "getProverState",
        args: [address],
      })),
    );
    provers.forEach((address, i) => {
      this.prover(address).state = Number(states[i]);
    });
  }

  /** @param {Address} prover */
  assignedStake(prover) {
    return this.assigned.get(prover) ?? 0n;
  }

  /**
   * Whether the market accepts a bid or reveal of the prover for a request with this minStake
   * (Active, and vault assets ≥ minStake + assignedStake × overcommitBps / 10000).
   * @param {Address} prover
   * @param {bigint} minStake
   */
  async eligible(prover, minStake) {
    if (!this.isActive(prover)) return false;
    const required = minStake + (this.assignedStake(prover) * this.overcommitBps) / 10_000n;
    const assets = await this.assets(prover);
    // 0.1 % headroom for rounding in share conversions.
    return assets - assets / 1000n >= required;
  }

  /**
   * @param {number} time
   * @param {Address} prover
   */
  recordWork(time, prover) {
    const epoch = Math.floor((time - this.start) / (7 * DAY));
    let byProver = this.workByEpoch.get(epoch);
    if (!byProver) {
      byProver = new Map();
      this.workByEpoch.set(epoch, byProver);
    }
    byProver.set(prover, (byProver.get(prover) ?? 0) + 1);
  }
}

/**
 * @param {bigint} number the block being filled
 */
function newBlockState(number) {
  return {
    number,
    /** @type {Map<Address, bigint>} vault assets read at the latest block */
    assetsRead: new Map(),
    /** @type {Map<Address, bigint>} vault assets taken out by queued transactions */
    outflows: new Map(),
    /** @type {Map<Address, bigint>} pending unstakes paid out by queued completions */
    completions: new Map(),
    /** @type {Set<Address>} provers with a slash queued */
    slashed: new Set(),
    /** @type {Set<string>} staker:prover positions changed by queued transactions */
    touched: new Set(),
  };
}
