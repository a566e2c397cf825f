// The two steps of leaving a position, shared by the stakers, the dev account and the provers
// themselves: a request (shares burnt at once, their BREV queued for the unstake delay) and,
// once it has matured, the completion. Both follow the controller's rules as deployed,
// including the rounding that can stall the last completion of a slashed prover.
import { BREV, DAY, HOUR, STATE } from "./world.mjs";

/** @typedef {import("./chain.mjs").Address} Address */
/** @typedef {import("./world.mjs").World} World */

/** A completion is tried again this much later when the deployed rounding would refuse it. */
const COMPLETION_RETRY = DAY;
/** Requests maturing this soon after the slot's time may still be paid in its block (spill-over). */
const MATURITY_SLACK = 60;
/** Room left for a slash queued in the same block, which rescales the pending total. */
const SLASH_ROUNDING_MARGIN = 10n ** 6n;

/**
 * Requests to unstake a fraction of the staker's shares (1 = everything). Skips a partial
 * request the controller would refuse (less than 1 BREV taken or left). A position already
 * changed in this block is tried an hour later, when its balance can be read again.
 * @param {World} world
 * @param {Address} staker
 * @param {Address} prover
 * @param {number} fraction
 * @returns {Promise<boolean>} whether a request was queued
 */
export async function requestUnstake(world, staker, prover, fraction) {
  const { chain, abis, contracts } = world;
  if (!world.touch(staker, prover)) {
    world.agenda.soon(world.agenda.current + HOUR, () =>
      requestUnstake(world, staker, prover, fraction).then(() => undefined),
    );
    return false;
  }
  const vault = await world.vault(prover);
  const balance = await chain.read(vault, abis.proverVaultAbi, "balanceOf", [staker]);
  if (balance === 0n) return false;
  const full = fraction >= 1;
  const shares = full ? balance : (balance * BigInt(Math.round(fraction * 1e6))) / 1_000_000n;
  if (shares === 0n) return false;
  const [value, remaining] = /** @type {bigint[]} */ (
    await chain.readMany([
      { to: vault, abi: abis.proverVaultAbi, functionName: "previewRedeem", args: [shares] },
      { to: vault, abi: abis.proverVaultAbi, functionName: "previewRedeem", args: [balance - shares] },
    ])
  );
  if (value === undefined || remaining === undefined) return false;
  if (!full && (value < (BREV * 105n) / 100n || remaining < (BREV * 105n) / 100n)) return false;
  world.approve(staker, vault, contracts.controller);
  chain.write(staker, contracts.controller, abis.stakingControllerAbi, "requestUnstake", [prover, shares], {
    label: `requestUnstake ${staker} from ${prover}${full ? " (all)" : ""}`,
    onMined: (time) => {
      const key = `${staker}:${prover}`;
      world.unstakeTimes.set(key, [...(world.unstakeTimes.get(key) ?? []), time]);
    },
  });
  await world.noteOutflow(prover, value);
  // A prover's full exit deactivates it (it may come back by staking again and reactivating).
  if (staker === prover && full && world.isActive(prover)) world.prover(prover).state = STATE.DEACTIVATED;
  world.stats.unstakeRequests++;
  return true;
}

/**
 * Withdraws the staker's matured requests with a prover; if none has matured yet, tries again
 * an hour later (until the end of the history). When the deployed rounding would make the
 * completion revert, it is tried again a day later.
 * @param {World} world
 * @param {Address} staker
 * @param {Address} prover
 */
export async function completeUnstake(world, staker, prover) {
  const key = `${staker}:${prover}`;
  const times = world.unstakeTimes.get(key) ?? [];
  const now = world.agenda.current;
  const ready = times.filter((t) => t + world.unstakeDelay < now);
  if (ready.length === 0) {
    if (times.length > 0) world.agenda.soon(now + HOUR, () => completeUnstake(world, staker, prover));
    return;
  }
  if (!(await completionFits(world, staker, prover))) {
    world.stats.unstakeCompletionsDeferred++;
    world.agenda.soon(now + COMPLETION_RETRY, () => completeUnstake(world, staker, prover));
    return;
  }
  world.unstakeTimes.set(
    key,
    times.filter((t) => t + world.unstakeDelay >= now),
  );
  world.chain.write(staker, world.contracts.controller, world.abis.stakingControllerAbi, "completeUnstake", [prover], {
    label: `completeUnstake ${staker} from ${prover}`,
  });
  world.stats.unstakeCompletions++;
}

/**
 * Whether the controller can pay the staker's matured requests now. After slashes it keeps the
 * prover's pending total rescaled as a whole, rounded down, while each request is valued on its
 * own: the total can fall a few wei short of the last requests, whose completion then reverts
 * (as deployed) until new requests top the total up. Completions already queued in this block
 * count against the total.
 * @param {World} world
 * @param {Address} staker
 * @param {Address} prover
 */
async function completionFits(world, staker, prover) {
  const { chain, abis, contracts } = world;
  const controller = contracts.controller;
  const abi = abis.stakingControllerAbi;
  const [requests, scale, total] =
    /** @type {[readonly { amount: bigint, requestTime: bigint, scaleSnapshot: bigint }[], bigint, bigint]} */ (
      await chain.readMany([
        { to: controller, abi, functionName: "getPendingUnstakes", args: [prover, staker] },
        { to: controller, abi, functionName: "getProverSlashingScale", args: [prover] },
        { to: controller, abi, functionName: "getProverTotalUnstaking", args: [prover] },
      ])
    );
  const by = world.agenda.current + MATURITY_SLACK;
  // A scale of 0 (no record) counts as unslashed, as in the controller.
  const scaleNow = scale === 0n ? 10_000n : scale;
  let value = 0n;
  for (const request of requests) {
    if (Number(request.requestTime) + world.unstakeDelay > by) continue;
    value += (request.amount * scaleNow) / (request.scaleSnapshot === 0n ? 10_000n : request.scaleSnapshot);
  }
  const block = world.block();
  const taken = (block.completions.get(prover) ?? 0n) + value;
  const margin = block.slashed.has(prover) ? SLASH_ROUNDING_MARGIN : 0n;
  if (taken + margin > total) return false;
  block.completions.set(prover, taken);
  return true;
}
