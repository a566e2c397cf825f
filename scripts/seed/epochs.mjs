// Foundation reward epochs (EpochRewards): 7-day epochs numbered from 1, the first starting with
// the history. The foundation funds the contract; after each epoch ends, the updater (the dev
// account) submits every prover's reward for it, mostly for the proofs it delivered that week and
// partly for its stake, with the devnet verifier's proof, and the rewards are distributed into
// the staking controller in two batches. The epoch running at the end of the history is left
// open, and a bigger budget is scheduled for the epochs after it.
import { concat, encodeAbiParameters, keccak256, stringToHex } from "viem";
import { DEV } from "./actors.mjs";
import { PROVERS } from "./provers.mjs";
import { brev, DAY, HOUR, STATE } from "./world.mjs";

/** @typedef {import("./chain.mjs").Address} Address */
/** @typedef {import("./chain.mjs").Hex} Hex */
/** @typedef {import("./world.mjs").World} World */

const EPOCH_LENGTH = 7 * DAY;
const MAX_EPOCH_REWARD = 50_000;
/** From epoch 6 (after the history) the budget grows: the schedule shows an upcoming change. */
const NEXT_CONFIG = { fromEpoch: 6, maxEpochReward: 60_000 };
/** The devnet rewards verifier's domain (DevRewardsVerifier.DOMAIN). */
const DEV_REWARDS_DOMAIN = "provernet-devnet-epoch-rewards";

/**
 * The circuit output EpochRewards.setRewards decodes: abi.encode(uint32, address[], uint256[]).
 * @param {number} epoch
 * @param {Address[]} provers
 * @param {bigint[]} amounts
 */
export function circuitOutput(epoch, provers, amounts) {
  return encodeAbiParameters(
    [{ type: "uint32" }, { type: "address[]" }, { type: "uint256[]" }],
    [epoch, provers, amounts],
  );
}

/**
 * The one proof DevRewardsVerifier accepts for an output: keccak256(DOMAIN ‖ output), 32 bytes.
 * @param {Hex} output
 */
export function rewardsProof(output) {
  return keccak256(concat([stringToHex(DEV_REWARDS_DOMAIN), output]));
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

  for (let epoch = 1; epoch <= epochs; epoch++) {
    const ended = world.start + epoch * EPOCH_LENGTH;
    const setAt = Math.min(ended + rng.int(6 * HOUR, 30 * HOUR), world.end - 3 * HOUR);
    const distributeAt = setAt + rng.int(HOUR, 12 * HOUR);
    const secondBatchAt = Math.min(distributeAt + rng.int(HOUR, 6 * HOUR), world.end - 10 * 60);
    /** @type {{ provers: Address[], amounts: bigint[] }} */
    const list = { provers: [], amounts: [] };
    agenda.soon(setAt, async () => {
      Object.assign(list, await epochRewards(world, epoch, rng.float(0.7, 0.92)));
      const output = circuitOutput(epoch, list.provers, list.amounts);
      chain.write(DEV, rewards, abis.epochRewardsAbi, "setRewards", [rewardsProof(output), output], {
        label: `setRewards epoch ${epoch}`,
        gas: 3_000_000n,
      });
    });
    // Anyone may distribute; the foundation's keeper pays the larger rewards first.
    agenda.soon(distributeAt, () => {
      const half = list.provers.slice(0, Math.ceil(list.provers.length / 2));
      chain.write(DEV, rewards, abis.epochRewardsAbi, "distributeRewards", [epoch, half], {
        label: `distributeRewards epoch ${epoch} (1/2)`,
        gas: 3_000_000n,
      });
    });
    agenda.soon(Math.max(secondBatchAt, distributeAt + 60), () => {
      chain.write(DEV, rewards, abis.epochRewardsAbi, "distributeRewards", [epoch, list.provers], {
        label: `distributeRewards epoch ${epoch} (2/2)`,
        gas: 3_000_000n,
      });
    });
  }
}

/**
 * The epoch's reward list, largest first: `share` of the epoch budget, 70 % by the proofs each
 * prover delivered in the epoch and 30 % by its vault assets now.
 * @param {World} world
 * @param {number} epoch
 * @param {number} share
 * @returns {Promise<{ provers: Address[], amounts: bigint[] }>}
 */
async function epochRewards(world, epoch, share) {
  const work = world.workByEpoch.get(epoch - 1) ?? new Map();
  const provers = PROVERS.map((p) => p.address).filter((p) => world.provers.get(p)?.state !== STATE.NULL);
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
  rows.sort((a, b) => (a.amount > b.amount ? -1 : a.amount < b.amount ? 1 : 0));
  return { provers: rows.map((r) => r.prover), amounts: rows.map((r) => r.amount) };
}
