// Foundation reward epochs (EpochRewards): 7-day epochs numbered from 1, the first starting with
// the history. The foundation funds the contract; after each epoch ends, the reward updater (the
// dev account) records every prover's reward for it (mostly for the proofs it delivered that
// week, partly for its stake) as the packed circuit output with the devnet Brevis proof, in two
// submissions hours apart, provers ascending by address across both. The rewards are then paid
// into the staking controller in two batches, to Active provers only (the controller refuses
// rewards for any other): a jailed or deactivated prover's reward stays distributable, and one
// that is Active again is paid what it is owed with the next batch. The epoch running at the
// end of the history is left open, and a bigger budget is scheduled for the epochs after it.
import { encodeAbiParameters, encodePacked, keccak256 } from "viem";
import { DEV } from "./actors.mjs";
import { PROVERS } from "./provers.mjs";
import { brev, DAY, HOUR, STATE } from "./world.mjs";

/** @typedef {import("./chain.mjs").Address} Address */
/** @typedef {import("./chain.mjs").Hex} Hex */
/** @typedef {import("./world.mjs").World} World */
/** @typedef {{ prover: Address, amount: bigint }} RewardRow */

const EPOCH_LENGTH = 7 * DAY;
const MAX_EPOCH_REWARD = 50_000;
/** From epoch 6 (after the history) the budget grows: the schedule shows an upcoming change. */
const NEXT_CONFIG = { fromEpoch: 6, maxEpochReward: 60_000 };
/** The seal's domain in the devnet Brevis proof (DevBrevisProof). */
const DEV_BREVIS_PROOF_DOMAIN = "provernet-devnet-brevis-proof";
/** Nothing is sent later than this before the end of the history. */
const LAST_CALL = 10 * 60;

/**
 * The circuit output EpochRewards.setRewards reads, packed: uint32 epoch, uint64 window start,
 * uint64 window end, then per prover a 20-byte address and a uint128 amount.
 * @param {number} epoch
 * @param {bigint} start
 * @param {bigint} end
 * @param {RewardRow[]} rows
 */
export function circuitOutput(epoch, start, end, rows) {
  const types = ["uint32", "uint64", "uint64", ...rows.flatMap(() => ["address", "uint128"])];
  const values = [epoch, start, end, ...rows.flatMap((row) => [row.prover, row.amount])];
  return encodePacked(/** @type {any} */ (types), /** @type {any} */ (values));
}

/**
 * The one proof DevBrevisProof accepts for a circuit output: commit ‖ vk ‖ seal, with commit =
 * keccak256(output), vk = EpochRewards.vkHash() and seal = keccak256(domain ‖ commit ‖ vk).
 * @param {Hex} output
 * @param {Hex} vkHash
 */
export function brevisProof(output, vkHash) {
  const commit = keccak256(output);
  const seal = keccak256(encodePacked(["string", "bytes32", "bytes32"], [DEV_BREVIS_PROOF_DOMAIN, commit, vkHash]));
  return encodeAbiParameters([{ type: "bytes32" }, { type: "bytes32" }, { type: "bytes32" }], [commit, vkHash, seal]);
}

/**
 * @param {World} world
 */
export function planEpochs(world) {
  const rewards = world.contracts.epochRewards;
  if (!rewards) {
    world.log("Seed: EpochRewards is not deployed; the history has no reward epochs.");
    return;
  }
  const { chain, abis, agenda } = world;
  const rng = world.rng.fork("epochs");
  const epochs = Math.floor((world.end - world.start) / EPOCH_LENGTH);
  const last = world.end - LAST_CALL;
  /** What each epoch owes each prover, as recorded on chain, and who has been paid. */
  /** @type {Map<number, Map<Address, bigint>>} */
  const owed = new Map();

  // The schedule starts with the history; the foundation funds every epoch of the month.
  agenda.soon(world.start, () => {
    chain.write(
      DEV,
      rewards,
      abis.epochRewardsAbi,
      "initEpoch",
      [BigInt(world.start), BigInt(EPOCH_LENGTH), brev(MAX_EPOCH_REWARD)],
      { label: "initEpoch" },
    );
    world.mint(rewards, brev(MAX_EPOCH_REWARD * (epochs + 1)));
  });
  agenda.soon(world.day(19.4), () => {
    chain.write(
      DEV,
      rewards,
      abis.epochRewardsAbi,
      "setEpochConfig",
      [NEXT_CONFIG.fromEpoch, BigInt(EPOCH_LENGTH), brev(NEXT_CONFIG.maxEpochReward)],
      { label: "setEpochConfig" },
    );
  });

  /**
   * Queues one submission of an epoch's rewards.
   * @param {number} epoch
   * @param {RewardRow[]} rows
   * @param {string} part
   */
  const submit = async (epoch, rows, part) => {
    const [start, length] = await chain.read(rewards, abis.epochRewardsAbi, "getEpochInfoByEpochNumber", [epoch]);
    const vkHash = await chain.read(rewards, abis.epochRewardsAbi, "vkHash", []);
    const output = circuitOutput(epoch, start, start + length, rows);
    chain.write(DEV, rewards, abis.epochRewardsAbi, "setRewards", [brevisProof(output, vkHash), output], {
      label: `setRewards epoch ${epoch} (${part})`,
      gas: 3_000_000n,
    });
    const book = owed.get(epoch) ?? new Map();
    for (const row of rows) book.set(row.prover, row.amount);
    owed.set(epoch, book);
  };

  /**
   * Pays what `epoch` still owes to the Active provers among `provers`.
   * @param {number} epoch
   * @param {Address[]} provers
   * @param {string} label
   */
  const distribute = (epoch, provers, label) => {
    const book = owed.get(epoch);
    if (!book) return;
    const payable = provers.filter((p) => world.isActive(p) && (book.get(p) ?? 0n) > 0n);
    if (payable.length === 0) return;
    chain.write(DEV, rewards, abis.epochRewardsAbi, "distributeRewards", [epoch, payable], {
      label: `distributeRewards epoch ${epoch} ${label}`,
      gas: 3_000_000n,
    });
    for (const p of payable) book.delete(p);
    world.stats.rewardDistributions++;
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    const ended = world.start + epoch * EPOCH_LENGTH;
    const firstAt = Math.min(ended + rng.int(6 * HOUR, 30 * HOUR), last - 3 * HOUR);
    const secondAt = Math.min(firstAt + rng.int(2 * HOUR, 8 * HOUR), last - 2 * HOUR);
    const distributeAt = Math.min(secondAt + rng.int(HOUR, 12 * HOUR), last - HOUR);
    const secondBatchAt = Math.min(distributeAt + rng.int(HOUR, 6 * HOUR), last);
    const split = rng.float(0.35, 0.65);
    /** @type {RewardRow[]} */
    let rows = [];
    agenda.soon(firstAt, async () => {
      rows = await epochRewards(world, epoch, rng.float(0.7, 0.92));
      const cut = Math.max(1, Math.round(rows.length * split));
      const head = rows.slice(0, cut);
      rows = rows.slice(cut);
      await submit(epoch, head, "1/2");
    });
    agenda.soon(secondAt, async () => {
      if (rows.length > 0) await submit(epoch, rows, "2/2");
    });
    // The larger rewards first, then the rest with whatever earlier epochs still owe to provers
    // that are Active again.
    agenda.soon(distributeAt, () => {
      const book = owed.get(epoch) ?? new Map();
      const byAmount = [...book.entries()].sort(([, a], [, b]) => (a > b ? -1 : a < b ? 1 : 0)).map(([p]) => p);
      distribute(epoch, byAmount.slice(0, Math.ceil(byAmount.length / 2)), "(1/2)");
    });
    agenda.soon(Math.max(secondBatchAt, distributeAt + 60), () => {
      distribute(epoch, [...(owed.get(epoch)?.keys() ?? [])], "(2/2)");
      for (let earlier = 1; earlier < epoch; earlier++) {
        distribute(earlier, [...(owed.get(earlier)?.keys() ?? [])], "(owed to a prover Active again)");
      }
    });
  }
}

/**
 * The epoch's rewards, provers ascending by address as the contract requires: `share` of the
 * epoch budget, 70 % by the proofs each prover delivered in the epoch and 30 % by its vault
 * assets now. Provers on their way out (a retirement) get none; zero rewards are left out.
 * @param {World} world
 * @param {number} epoch
 * @param {number} share
 * @returns {Promise<RewardRow[]>}
 */
async function epochRewards(world, epoch, share) {
  const work = world.workByEpoch.get(epoch - 1) ?? new Map();
  const provers = PROVERS.filter((p) => p.fate?.kind !== "retired")
    .map((p) => p.address)
    .filter((p) => world.provers.get(p)?.state !== STATE.NULL);
  const stakes = await Promise.all(provers.map((p) => world.assets(p)));
  const totalWork = provers.reduce((sum, p) => sum + (work.get(p) ?? 0), 0);
  const totalStake = stakes.reduce((sum, s) => sum + s, 0n);
  const budget = brev(MAX_EPOCH_REWARD * share);
  const rows = provers.map((prover, i) => {
    const byWork = totalWork === 0 ? 0n : (budget * 7n * BigInt(work.get(prover) ?? 0)) / (10n * BigInt(totalWork));
    const byStake = totalStake === 0n ? 0n : (budget * 3n * (stakes[i] ?? 0n)) / (10n * totalStake);
    // Whole milli-BREV, as an off-chain computation would round.
    const amount = ((byWork + byStake) / 10n ** 15n) * 10n ** 15n;
    return { prover, amount };
  });
  return rows
    .filter((row) => row.amount > 0n)
    .sort((a, b) => (BigInt(a.prover) < BigInt(b.prover) ? -1 : BigInt(a.prover) > BigInt(b.prover) ? 1 : 0));
}
