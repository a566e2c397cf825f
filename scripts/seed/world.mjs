// The scenario's shared state: the chain and agenda, the deployed addresses, and the model of
// the chain that the parts consult before acting (prover states, stake bound in the market,
// token approvals given). The model only ever has to be conservative: a prover bids only when
// the chain will certainly accept the bid, so no transaction of the scenario reverts.
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
 * @property {Address | undefined} epochRewards undefined while Deploy.s.sol does not deploy it
 * @property {Address | undefined} rewardsVerifier the devnet verifier EpochRewards uses
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
    /** Vault assets read at `assetsBlock`, less what this block's queued transactions take out. */
    /** @type {Map<Address, bigint>} */
    this.assetsRead = new Map();
    this.assetsBlock = -1n;
    /** @type {Map<Address, bigint>} */
    this.outflows = new Map();
    /** Outcome counters for the final report. */
    this.stats = {
      requests: 0,
      fulfilled: 0,
      refundedNoBid: 0,
      refundedMissed: 0,
      slashed: 0,
      bids: 0,
      reveals: 0,
      stakes: 0,
      unstakeRequests: 0,
      unstakeCompletions: 0,
    };
    /** Times of each staker's pending unstake requests, by `${staker}:${prover}`. */
    /** @type {Map<string, number[]>} */
    this.unstakeTimes = new Map();
    /** The controller's unstake delay and minimum self-stake, and the market's overcommit, read at the start. */
    this.unstakeDelay = 7 * DAY;
    this.minSelfStake = 1000n * BREV;
    this.overcommitBps = 10_000n;
    /** Fulfilled proofs per reward epoch and prover (the epoch rewards follow the work done). */
    /** @type {Map<number, Map<Address, number>>} */
    this.workByEpoch = new Map();
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

  /**
   * What the prover's vault holds for certain once this block is mined: the assets at the
   * latest block, less the outflows (unstakes, slashes) queued in this block. Inflows queued
   * in this block are not counted, which only makes the estimate safer.
   * @param {Address} prover
   */
  async assets(prover) {
    if (this.assetsBlock !== this.chain.blockNumber) {
      this.assetsRead.clear();
      this.outflows.clear();
      this.assetsBlock = this.chain.blockNumber;
    }
    let read = this.assetsRead.get(prover);
    if (read === undefined) {
      const known = [...this.provers.values()].filter((p) => p.state !== STATE.NULL).map((p) => p.address);
      const values = await this.chain.readMany(
        known.map((address) => ({
          to: this.contracts.controller,
          abi: this.abis.stakingControllerAbi,
          functionName: "getProverTotalAssets",
          args: [address],
        })),
      );
      known.forEach((address, i) => {
        this.assetsRead.set(address, /** @type {bigint} */ (values[i]));
      });
      read = this.assetsRead.get(prover) ?? 0n;
    }
    return read - (this.outflows.get(prover) ?? 0n);
  }

  /**
   * Records that a transaction queued in this block takes `amount` out of the prover's vault.
   * @param {Address} prover
   * @param {bigint} amount
   */
  async noteOutflow(prover, amount) {
    await this.assets(prover);
    this.outflows.set(prover, (this.outflows.get(prover) ?? 0n) + amount);
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
