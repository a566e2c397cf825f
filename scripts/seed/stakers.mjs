// The stakers: a few hundred accounts from a handful of BREV to whales with hundreds of
// thousands, most of them arriving early, drawn to the popular provers (so the top three hold
// most of the stake). Over the month some add to their stake, some withdraw part or all of it;
// some requests are completed, some have matured unclaimed, some are still pending, and some
// were taken just before their prover was slashed. One staker hands part of its shares to
// another (vault shares are plain ERC-20s), and in the last days several of Obsidian's stakers
// ask to leave, so unstakes mature over the days after the history. Staking is shared with the
// dev account's story (dev.mjs); the unstake steps live in unstakes.mjs.
import { actors, DEV } from "./actors.mjs";
import { PROVERS, proverByKey } from "./provers.mjs";
import { completeUnstake, requestUnstake } from "./unstakes.mjs";
import { BREV, brev, DAY, HOUR } from "./world.mjs";

/** @typedef {import("./chain.mjs").Address} Address */
/** @typedef {import("./world.mjs").World} World */
/** @typedef {import("./provers.mjs").ProverPlan} ProverPlan */

const STAKERS = 232;
const WHALES = 8;
/** Every staker account of the scenario (they need gas). */
export const STAKER_ACCOUNTS = actors("staker", STAKERS + WHALES);

/**
 * Stakes `amount` with a prover if it still takes stake; otherwise with the most popular
 * prover that does (a staker whose first choice was jailed goes elsewhere).
 * @param {World} world
 * @param {Address} staker
 * @param {Address} prover
 * @param {bigint} amount
 * @returns {Address | undefined} the prover actually staked with
 */
export function stake(world, staker, prover, amount) {
  let target = prover;
  if (!world.isActive(target)) {
    const fallback = [...PROVERS]
      .sort((a, b) => b.popularity - a.popularity)
      .find((p) => world.isActive(p.address) && p.address !== staker);
    if (!fallback) return undefined;
    target = fallback.address;
  }
  world.approve(staker, world.contracts.brev, world.contracts.controller);
  world.chain.write(staker, world.contracts.controller, world.abis.stakingControllerAbi, "stake", [target, amount], {
    label: `stake ${staker} → ${target}`,
  });
  world.stats.stakes++;
  return target;
}

/** Stakers of Obsidian who ask to leave in the last days: their unstakes mature after the history. */
const LATE_LEAVERS = 6;
/**
 * Schedules an unstake request and, sometimes, its completion once it has matured: requests
 * older than the unstake delay that are not completed stay "ready to withdraw".
 * @param {World} world
 * @param {import("./rng.mjs").Rng} rng
 * @param {Address} staker
 * @param {Address} prover
 * @param {number} at
 * @param {number} fraction
 * @param {number} completeChance
 */
export function planUnstake(world, rng, staker, prover, at, fraction, completeChance) {
  world.agenda.soon(at, () => requestUnstake(world, staker, prover, fraction).then(() => undefined));
  const completeAt = at + world.unstakeDelay + rng.int(2 * HOUR, 4 * DAY);
  if (completeAt < world.end && rng.chance(completeChance)) {
    world.agenda.soon(completeAt, () => completeUnstake(world, staker, prover));
  }
}

/**
 * @param {World} world
 */
export function planStakers(world) {
  const rng = world.rng.fork("stakers");
  const accounts = STAKER_ACCOUNTS;
  const top = PROVERS.filter((p) => ["atlas", "helios", "polaris"].includes(p.key));
  const whaleAlternatives = PROVERS.filter((p) => ["obsidian", "tokyo"].includes(p.key));

  accounts.forEach((staker, i) => {
    const whale = i >= STAKERS;
    // Whales backing the leaders arrive in the first days; the others once their provers exist.
    const whaleOfTop = i - STAKERS < 6;
    const joinDay = whale
      ? whaleOfTop
        ? rng.float(0.2, 4)
        : rng.float(5, 9)
      : Math.max(0.15, 29.5 * rng.next() ** 1.5);
    const total = whale
      ? rng.int(90, 400) * 1000
      : Math.round(Math.min(60_000, Math.max(3, rng.lognormal(650, 1.5))) * 100) / 100;

    // Provers already there when the staker arrives, and not about to leave the network.
    const candidates = PROVERS.filter(
      (p) => p.joinDay + 0.1 < joinDay && (!p.fate || p.fate.day > joinDay + 1) && p.key !== "anon",
    );
    /** @type {ProverPlan[]} */
    let chosen;
    if (whale) {
      // The leaders' whales are spread over the three of them; the other two back challengers.
      const index = i - STAKERS;
      chosen = whaleOfTop
        ? [/** @type {ProverPlan} */ (top[index % top.length])]
        : [/** @type {ProverPlan} */ (whaleAlternatives[index % whaleAlternatives.length])];
    } else {
      const count = rng.weighted([1, 2, 3], [60, 30, 10]);
      chosen = [];
      for (let k = 0; k < count && candidates.length > chosen.length; k++) {
        const left = candidates.filter((p) => !chosen.includes(p));
        chosen.push(
          rng.weighted(
            left,
            left.map((p) => p.popularity),
          ),
        );
      }
    }
    if (chosen.length === 0) return;

    // Split the stake between the chosen provers, at least 1 BREV each (the controller's minimum).
    const weights = chosen.map(() => rng.float(0.3, 1));
    const sum = weights.reduce((a, b) => a + b, 0);
    const amounts = weights.map((w) => Math.max(1.5, Math.round((total * w * 100) / sum) / 100));
    const topUp = rng.chance(0.22) ? Math.max(1.5, Math.round(total * rng.float(0.1, 0.6) * 100) / 100) : 0;
    const wallet = amounts.reduce((a, b) => a + b, 0) + topUp + Math.round(total * rng.float(0, 0.3));

    let time = world.day(joinDay);
    world.agenda.soon(time, () => world.mint(staker, brev(wallet)));
    /** @type {Array<{ prover: Address, at: number }>} */
    const positions = [];
    chosen.forEach((plan, k) => {
      time += rng.int(1, 40) * 60;
      const amount = brev(/** @type {number} */ (amounts[k]));
      const at = time;
      positions.push({ prover: plan.address, at });
      world.agenda.soon(at, () => {
        stake(world, staker, plan.address, amount);
      });
    });

    const first = /** @type {{ prover: Address, at: number }} */ (positions[0]);
    if (topUp > 0) {
      const at = first.at + rng.int(2 * DAY, 12 * DAY);
      if (at < world.end) world.agenda.soon(at, () => void stake(world, staker, first.prover, brev(topUp)));
    }

    for (const position of positions) {
      const plan = PROVERS.find((p) => p.address === position.prover);
      const fate = plan?.fate;
      // Stakers of a prover that leaves the network partly follow it out.
      if (fate && fate.day > world.dayOf(position.at) && rng.chance(0.45)) {
        const at = world.day(fate.day) + rng.int(2 * HOUR, 3 * DAY);
        planUnstake(world, rng, staker, position.prover, at, 1, 0.5);
        continue;
      }
      // Some of Sparrow's stakers pull out part of their stake shortly before its first slash:
      // their pending requests lose the same fraction as the vault.
      if (plan?.key === "sparrow" && world.dayOf(position.at) < 9.5 && rng.chance(0.4)) {
        planUnstake(world, rng, staker, position.prover, world.day(rng.float(10, 11.3)), rng.float(0.3, 0.6), 0.35);
        continue;
      }
      const roll = rng.next();
      if (roll < 0.18) {
        const at = position.at + rng.int(1 * DAY, 28 * DAY);
        if (at < world.end) planUnstake(world, rng, staker, position.prover, at, rng.float(0.2, 0.7), 0.5);
      } else if (roll < 0.23) {
        const at = position.at + rng.int(1 * DAY, 25 * DAY);
        if (at < world.end) planUnstake(world, rng, staker, position.prover, at, 1, 0.5);
      }
    }
  });
}

/**
 * Plans the month's other staker moves: one staker gives part of its Helios shares to another
 * staker of Helios (a plain ERC-20 transfer of vault shares, which moves the staker books
 * without a Staked event), and several of Obsidian's stakers ask to leave in the last days.
 * @param {World} world
 */
export function planStakerMoves(world) {
  planShareTransfer(world, "helios", 20.2);
  planLateLeavers(world, "obsidian");
}

/**
 * @param {World} world
 * @param {string} key the prover whose shares change hands
 * @param {number} day
 */
function planShareTransfer(world, key, day) {
  const { chain, abis, contracts } = world;
  const rng = world.rng.fork("transfer");
  const prover = proverByKey(key).address;
  world.agenda.soon(world.day(day), async () => {
    const vault = await world.vault(prover);
    const stakers = (
      await chain.read(contracts.controller, abis.stakingControllerAbi, "getProverStakers", [prover])
    ).filter((s) => s !== DEV && s !== prover && !world.block().touched.has(`${s}:${prover}`));
    const balances = /** @type {bigint[]} */ (
      await chain.readMany(
        stakers.map((s) => ({ to: vault, abi: abis.proverVaultAbi, functionName: "balanceOf", args: [s] })),
      )
    );
    // Between two stakers holding at least 100 BREV worth of shares.
    const holders = stakers.filter((_, i) => (balances[i] ?? 0n) >= 100n * BREV);
    if (holders.length < 2) throw new Error(`Seed: ${key} has fewer than two stakers to transfer shares between.`);
    const from = rng.pick(holders);
    const to = rng.pick(holders.filter((s) => s !== from));
    const shares = ((balances[stakers.indexOf(from)] ?? 0n) * 4n) / 10n;
    world.touch(from, prover);
    world.touch(to, prover);
    chain.write(from, vault, abis.proverVaultAbi, "transfer", [to, shares], {
      label: `transfer ${key} shares ${from} → ${to}`,
      gas: 300_000n,
    });
    world.story.shareTransfer = { prover, from, to, shares };
  });
}

/**
 * @param {World} world
 * @param {string} key the prover some stakers leave
 */
function planLateLeavers(world, key) {
  const { chain, abis, contracts } = world;
  const rng = world.rng.fork("leavers");
  const prover = proverByKey(key).address;
  for (let i = 0; i < LATE_LEAVERS; i++) {
    world.agenda.soon(world.day(rng.float(24.5, 29.7)), async () => {
      const stakers = (
        await chain.read(contracts.controller, abis.stakingControllerAbi, "getProverStakers", [prover])
      ).filter((s) => s !== DEV && s !== prover);
      if (stakers.length === 0) return;
      const staker = rng.pick(stakers);
      await requestUnstake(world, staker, prover, rng.chance(0.3) ? 1 : rng.float(0.3, 0.8));
    });
  }
}
