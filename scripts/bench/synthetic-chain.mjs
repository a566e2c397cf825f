#!/usr/bin/env node
// A synthetic devnet at a scale the seeded one does not reach: 1,000 provers and 10,000 stakers
// over 30 days, with daily rewards (so share prices move) and some unstakes. It exists to see
// how the indexer and its API behave with many provers, positions and snapshots, not to tell a
// story: every prover and staker is alike, popularity follows a Zipf curve.
//
// The chain is our contracts deployed by deploy.mjs on a fresh anvil (so at the addresses the
// committed deployment file names, which the indexer reads), then driven with impersonated
// accounts, explicit nonces and blocks mined on demand (tx-batcher.mjs). The resulting anvil
// state is kept in .data/bench/synthetic/ and reused until these sources or the sizes change.
//
//   node scripts/bench/synthetic-chain.mjs [--provers 1000] [--stakers 10000] [--days 30] [--fresh]
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { decodeFunctionResult, encodeFunctionData, getAddress, keccak256, maxUint256, stringToHex } from "viem";
import { DEV_ACCOUNTS, startAnvil } from "../devnet/anvil.mjs";
import { deployContracts, deploymentFileMatches } from "../devnet/deploy.mjs";
import { runMain, UserError } from "../lib/fail.mjs";
import { fingerprint } from "../lib/fingerprint.mjs";
import { DATA_DIR, ROOT } from "../lib/paths.mjs";
import { freePort } from "../lib/ports.mjs";
import { loadAbis } from "../seed/abis.mjs";
import { createRng } from "../seed/rng.mjs";
import { createRpcClient } from "./json-rpc.mjs";
import { TxBatcher } from "./tx-batcher.mjs";

/** @typedef {`0x${string}`} Hex */
/** @typedef {import("./json-rpc.mjs").RpcClient} RpcClient */
/** @typedef {import("../seed/abis.mjs").GeneratedAbis} Abis */

const HOUR = 3600;
const DAY = 24 * HOUR;
const BREV = 10n ** 18n;
const DEV = /** @type {Hex} */ (DEV_ACCOUNTS[0]);
const GAS_MONEY = 100n * 10n ** 18n;
/** Room for a few hundred vault creations (≈ 3M gas each) in one block. */
const BLOCK_GAS_LIMIT = 10_000_000_000n;
/** Provers per addRewards call: each one is a RewardsAdded event and a BREV transfer. */
const REWARDS_PER_CALL = 100;
/** Roughly 11 % a year: daily rewards as a fraction of a prover's stake. */
const DAILY_REWARD_RATE = 0.0003;
const SOURCES = [
  "contracts/src",
  "contracts/script",
  "foundry.toml",
  "scripts/devnet",
  "scripts/bench/synthetic-chain.mjs",
  "scripts/bench/tx-batcher.mjs",
  "scripts/bench/json-rpc.mjs",
];

export const SYNTHETIC_DEFAULTS = Object.freeze({ provers: 1000, stakers: 10_000, days: 30 });

/**
 * @typedef {object} SyntheticSize
 * @property {number} provers
 * @property {number} stakers
 * @property {number} days history length; stakers arrive over its first two thirds
 */

/**
 * @typedef {object} SyntheticSummary
 * @property {SyntheticSize} size
 * @property {number} stakes
 * @property {number} rewardEvents
 * @property {number} unstakeRequests
 * @property {number} unstakeCompletions
 * @property {number} transactions
 * @property {number} blocks
 * @property {number} generationSeconds
 * @property {{ send: number, mine: number, check: number }} timingMs
 */

/**
 * @param {string} role
 * @param {number} i
 * @returns {Hex}
 */
function account(role, i) {
  return /** @type {Hex} */ (getAddress(`0x${keccak256(stringToHex(`provernet-bench:${role}:${i}`)).slice(-40)}`));
}

/** @param {number} amount whole and fractional BREV (to 1e-6) */
function brev(amount) {
  return (BigInt(Math.round(amount * 1e6)) * BREV) / 1_000_000n;
}

/**
 * Many eth_calls of one function, 200 to a request.
 * @param {RpcClient} rpc
 * @param {import("viem").Abi} abi
 * @param {string} functionName
 * @param {Array<{ to: Hex, args: readonly unknown[] }>} calls
 * @returns {Promise<unknown[]>}
 */
async function readMany(rpc, abi, functionName, calls) {
  /** @type {unknown[]} */
  const out = [];
  for (let i = 0; i < calls.length; i += 200) {
    const slice = calls.slice(i, i + 200);
    const results = await rpc.batch(
      slice.map(({ to, args }) => [
        "eth_call",
        [{ to, data: encodeFunctionData(/** @type {any} */ ({ abi, functionName, args })) }, "latest"],
      ]),
    );
    for (const item of results) {
      if (!item || item.error) throw new Error(`eth_call ${functionName} failed: ${item?.error?.message}`);
      out.push(decodeFunctionResult(/** @type {any} */ ({ abi, functionName, data: item.result })));
    }
  }
  return out;
}

/**
 * Plays the synthetic history onto a freshly deployed devnet.
 * @param {{ rpcUrl: string, contracts: Record<string, string>, size: SyntheticSize, log: (line: string) => void }} options
 * @returns {Promise<SyntheticSummary>}
 */
export async function generateSyntheticHistory({ rpcUrl, contracts, size, log }) {
  const startedAt = performance.now();
  const abis = await loadAbis();
  const rpc = createRpcClient(rpcUrl);
  try {
    const brevToken = /** @type {Hex} */ (contracts.BrevToken);
    const controller = /** @type {Hex} */ (contracts.StakingController);
    const rng = createRng("provernet-bench-synthetic");

    await rpc.call("anvil_autoImpersonateAccount", [true]);
    await rpc.call("evm_setAutomine", [false]);
    await rpc.call("evm_setBlockGasLimit", [`0x${BLOCK_GAS_LIMIT.toString(16)}`]);
    const batcher = new TxBatcher(rpc);
    await batcher.loadNonces([DEV]);
    const latest = await rpc.call("eth_getBlockByNumber", ["latest", false]);
    batcher.timestamp = Number(BigInt(latest.timestamp));
    const start = batcher.timestamp + 60;
    const at = (/** @type {number} */ day, /** @type {number} */ offset = 0) => start + day * DAY + offset;

    const provers = Array.from({ length: size.provers }, (_, i) => account("prover", i));
    const stakers = Array.from({ length: size.stakers }, (_, i) => account("staker", i));
    log(`Synthetic: gas money for ${provers.length + stakers.length} accounts…`);
    const everyone = [...provers, ...stakers];
    for (let i = 0; i < everyone.length; i += 200) {
      await rpc.batch(
        everyone.slice(i, i + 200).map((address) => ["anvil_setBalance", [address, `0x${GAS_MONEY.toString(16)}`]]),
      );
    }

    // Provers: BREV and approval first (the mint comes from another sender), then join.
    const minSelfStake = /** @type {bigint} */ (
      (await readMany(rpc, abis.stakingControllerAbi, "minSelfStake", [{ to: controller, args: [] }]))[0]
    );
    /** BREV in each prover's vault as this script last left it, to size its rewards. */
    const stakeOf = new Map(provers.map((p) => [p, 0n]));
    const selfExtra = provers.map(() => (rng.chance(0.5) ? brev(Math.round(rng.lognormal(5_000, 1))) : 0n));
    provers.forEach((prover, i) => {
      batcher.write(DEV, brevToken, abis.brevTokenAbi, "mint", [prover, minSelfStake + (selfExtra[i] ?? 0n)], 100_000n);
      batcher.write(prover, brevToken, abis.brevTokenAbi, "approve", [controller, maxUint256], 100_000n);
    });
    batcher.write(DEV, brevToken, abis.brevTokenAbi, "approve", [controller, maxUint256], 100_000n);
    await batcher.mine(at(0));
    provers.forEach((prover, i) => {
      const commission = BigInt(rng.int(3, 20) * 100);
      batcher.write(prover, controller, abis.stakingControllerAbi, "initializeProver", [commission], 6_000_000n);
      const name = `Bench Prover ${String(i).padStart(4, "0")}`;
      batcher.write(prover, controller, abis.stakingControllerAbi, "setProverProfile", [name, ""], 300_000n);
      const extra = selfExtra[i] ?? 0n;
      if (extra > 0n) batcher.write(prover, controller, abis.stakingControllerAbi, "stake", [prover, extra], 500_000n);
      stakeOf.set(prover, minSelfStake + extra);
    });
    await batcher.mine(at(0, HOUR));
    const vaults = /** @type {Hex[]} */ (
      await readMany(
        rpc,
        abis.stakingControllerAbi,
        "getProverVault",
        provers.map((p) => ({ to: controller, args: [p] })),
      )
    );
    const vaultOf = new Map(provers.map((p, i) => [p, /** @type {Hex} */ (vaults[i])]));
    log(`Synthetic: ${provers.length} provers joined (${batcher.txCount} transactions so far).`);

    // Stakers arrive over the first two thirds of the history and back 1–3 provers each,
    // popular provers (Zipf) more often: the top of the directory holds most of the stake.
    /** @type {number[]} */
    const cumulative = [];
    let totalWeight = 0;
    for (let i = 0; i < provers.length; i++) {
      totalWeight += 1 / (i + 1) ** 0.9;
      cumulative.push(totalWeight);
    }
    const drawProver = () => {
      const x = rng.next() * totalWeight;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) > x) hi = mid;
        else lo = mid + 1;
      }
      return /** @type {Hex} */ (provers[lo]);
    };
    const arrivalDays = Math.max(1, Math.floor((size.days * 2) / 3));
    /** @type {Map<number, Array<{ staker: Hex, wallet: bigint, stakes: Array<[Hex, bigint]> }>>} */
    const cohorts = new Map();
    stakers.forEach((staker, i) => {
      const day = 1 + (i % arrivalDays);
      const total = Math.min(200_000, Math.max(15, rng.lognormal(800, 1.4)));
      const count = /** @type {number} */ (rng.weighted([1, 2, 3], [55, 30, 15]));
      /** @type {Hex[]} */
      const chosen = [];
      while (chosen.length < count) {
        const prover = drawProver();
        if (!chosen.includes(prover)) chosen.push(prover);
      }
      const stakes = chosen.map((prover) => /** @type {[Hex, bigint]} */ ([prover, brev(Math.max(5, total / count))]));
      const wallet = stakes.reduce((sum, [, amount]) => sum + amount, 0n) + brev(rng.float(0, 50));
      const cohort = cohorts.get(day) ?? [];
      cohort.push({ staker, wallet, stakes });
      cohorts.set(day, cohort);
    });

    // A few percent of the stakers leave a position in the last third; half of those who can
    // wait out the delay complete.
    const unstakeDelayDays = Number(
      /** @type {bigint} */ (
        (await readMany(rpc, abis.stakingControllerAbi, "unstakeDelay", [{ to: controller, args: [] }]))[0]
      ) / BigInt(DAY),
    );
    /** @type {Map<number, Array<{ staker: Hex, prover: Hex, full: boolean }>>} */
    const unstakesByDay = new Map();
    /** @type {Map<number, Array<{ staker: Hex, prover: Hex }>>} */
    const completionsByDay = new Map();
    for (const cohort of cohorts.values()) {
      for (const { staker, stakes } of cohort) {
        if (!rng.chance(0.03)) continue;
        const [prover] = /** @type {[Hex, bigint]} */ (rng.pick(stakes));
        const day = rng.int(arrivalDays + 1, size.days - 1);
        unstakesByDay.set(day, [...(unstakesByDay.get(day) ?? []), { staker, prover, full: rng.chance(0.5) }]);
        const completeDay = day + unstakeDelayDays + 1;
        if (completeDay < size.days && rng.chance(0.5)) {
          completionsByDay.set(completeDay, [...(completionsByDay.get(completeDay) ?? []), { staker, prover }]);
        }
      }
    }

    const stats = { stakes: 0, rewardEvents: 0, unstakeRequests: 0, unstakeCompletions: 0 };
    for (let day = 1; day < size.days; day++) {
      const cohort = cohorts.get(day) ?? [];
      for (const { staker, wallet } of cohort) {
        batcher.write(DEV, brevToken, abis.brevTokenAbi, "mint", [staker, wallet], 100_000n);
        batcher.write(staker, brevToken, abis.brevTokenAbi, "approve", [controller, maxUint256], 100_000n);
      }
      await batcher.mine(at(day));
      for (const { staker, stakes } of cohort) {
        for (const [prover, amount] of stakes) {
          batcher.write(staker, controller, abis.stakingControllerAbi, "stake", [prover, amount], 500_000n);
          stakeOf.set(prover, (stakeOf.get(prover) ?? 0n) + amount);
          stats.stakes++;
        }
      }
      await batcher.mine(at(day, HOUR));

      for (let i = 0; i < provers.length; i += REWARDS_PER_CALL) {
        const slice = provers.slice(i, i + REWARDS_PER_CALL);
        const amounts = slice.map((p) => {
          const stake = Number((stakeOf.get(p) ?? 0n) / BREV);
          return brev(Math.max(0.01, stake * DAILY_REWARD_RATE * rng.float(0.5, 1.5)));
        });
        batcher.write(DEV, controller, abis.stakingControllerAbi, "addRewards", [slice, amounts], 12_000_000n);
        stats.rewardEvents += slice.length;
      }
      await batcher.mine(at(day, 12 * HOUR));

      const leaving = unstakesByDay.get(day) ?? [];
      if (leaving.length > 0) {
        const balances = /** @type {bigint[]} */ (
          await readMany(
            rpc,
            abis.proverVaultAbi,
            "balanceOf",
            leaving.map(({ staker, prover }) => ({ to: /** @type {Hex} */ (vaultOf.get(prover)), args: [staker] })),
          )
        );
        leaving.forEach(({ staker, prover, full }, k) => {
          const balance = balances[k] ?? 0n;
          const vault = /** @type {Hex} */ (vaultOf.get(prover));
          batcher.write(staker, vault, abis.proverVaultAbi, "approve", [controller, maxUint256], 100_000n);
          const shares = full ? balance : balance / 2n;
          batcher.write(staker, controller, abis.stakingControllerAbi, "requestUnstake", [prover, shares], 600_000n);
          stats.unstakeRequests++;
        });
      }
      for (const { staker, prover } of completionsByDay.get(day) ?? []) {
        batcher.write(staker, controller, abis.stakingControllerAbi, "completeUnstake", [prover], 400_000n);
        stats.unstakeCompletions++;
      }
      await batcher.mine(at(day, 18 * HOUR));
      if (day % 5 === 0 || day === size.days - 1) {
        const t = batcher.timing;
        log(
          `Synthetic: day ${day} of ${size.days}: ${batcher.txCount} transactions in ${batcher.blockCount} blocks ` +
            `(send ${(t.send / 1000).toFixed(0)} s, mine ${(t.mine / 1000).toFixed(0)} s, check ${(t.check / 1000).toFixed(0)} s)…`,
        );
      }
    }

    // Back to what the rest of the project expects of a devnet.
    await rpc.call("evm_setAutomine", [true]);
    await rpc.call("anvil_autoImpersonateAccount", [false]);
    return {
      size,
      ...stats,
      transactions: batcher.txCount,
      blocks: batcher.blockCount,
      generationSeconds: (performance.now() - startedAt) / 1000,
      timingMs: batcher.timing,
    };
  } finally {
    rpc.close();
  }
}

/**
 * The synthetic chain's anvil state, generated when missing or made from other sources or sizes.
 * @param {{ dataDir?: string, size?: SyntheticSize, fresh?: boolean, log: (line: string) => void }} options
 * @returns {Promise<{ stateFile: string, summary: SyntheticSummary }>}
 */
export async function prepareSyntheticChain({ dataDir = DATA_DIR, size = SYNTHETIC_DEFAULTS, fresh = false, log }) {
  const dir = join(dataDir, "bench", "synthetic");
  const stateFile = join(dir, "state.json");
  const stampFile = `${stateFile}.fingerprint`;
  const summaryFile = `${stateFile}.summary.json`;
  const stamp = `${fingerprint(ROOT, SOURCES)}:${JSON.stringify(size)}`;
  if (!fresh && existsSync(stateFile) && existsSync(summaryFile) && existsSync(stampFile)) {
    if (readFileSync(stampFile, "utf8") === stamp) {
      log(`Synthetic: reusing the chain in ${dir} (--fresh to regenerate).`);
      return { stateFile, summary: JSON.parse(readFileSync(summaryFile, "utf8")) };
    }
  }
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `state.${process.pid}.partial.json`);
  rmSync(partial, { force: true });
  const logFile = join(dataDir, "logs", "bench-synthetic-anvil.log");
  log(`Synthetic: deploying the contracts on a fresh anvil (log in ${logFile})…`);
  const anvil = await startAnvil({
    port: await freePort(),
    portEnvVar: "(a free port)",
    logFile,
    dumpState: partial,
    // The history is played in the past and ends before "now".
    genesisTimestamp: Math.floor(Date.now() / 1000) - (size.days + 2) * DAY,
    pruneHistory: true,
  });
  /** @type {SyntheticSummary} */
  let summary;
  try {
    const deployment = await deployContracts(anvil.rpcUrl);
    // The indexer finds the contracts through the committed deployment file, so the synthetic
    // chain must have them where that file says.
    if (!deploymentFileMatches(deployment)) {
      throw new UserError(
        "The contracts deployed on the synthetic chain are not where lib/contracts/deployments.json says: run `npm start` once to rewrite that file.",
      );
    }
    summary = await generateSyntheticHistory({ rpcUrl: anvil.rpcUrl, contracts: deployment.contracts, size, log });
  } catch (error) {
    await anvil.child.stop("SIGKILL");
    rmSync(partial, { force: true });
    throw error;
  }
  log("Synthetic: writing the chain state…");
  // anvil dumps its state on SIGTERM; a big state takes longer than the usual grace period.
  await anvil.child.stop("SIGTERM", 300_000);
  if (!existsSync(partial)) throw new UserError(`anvil did not write the synthetic chain state; see ${logFile}.`);
  renameSync(partial, stateFile);
  writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
  writeFileSync(stampFile, stamp);
  log(
    `Synthetic: ${summary.transactions} transactions in ${summary.blocks} blocks generated in ${summary.generationSeconds.toFixed(0)} s.`,
  );
  return { stateFile, summary };
}

/** @param {string | undefined} value @param {number} fallback @param {string} flag */
function positiveInt(value, fallback, flag) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new UserError(`${flag} ${value} is not a positive whole number.`);
  return n;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runMain(async () => {
    const { values } = parseArgs({
      options: {
        provers: { type: "string" },
        stakers: { type: "string" },
        days: { type: "string" },
        fresh: { type: "boolean", default: false },
      },
    });
    const size = {
      provers: positiveInt(values.provers, SYNTHETIC_DEFAULTS.provers, "--provers"),
      stakers: positiveInt(values.stakers, SYNTHETIC_DEFAULTS.stakers, "--stakers"),
      days: positiveInt(values.days, SYNTHETIC_DEFAULTS.days, "--days"),
    };
    if (size.days < 12) throw new UserError("--days must be at least 12 (unstakes wait out a 7-day delay).");
    const { stateFile, summary } = await prepareSyntheticChain({ size, fresh: values.fresh, log: console.log });
    console.log(`State: ${stateFile}`);
    console.log(JSON.stringify(summary, null, 2));
  });
}
