// The provers: who they are (profiles the dashboard must render safely, including a hostile
// one), when they join, their commissions and how those change during the month, and how some
// of them end (jailed, deactivated by the admin, retired for good after a full exit), or come
// back (deactivated by a meltdown's slashes, then reactivated by the prover itself). How they
// behave in the market (activity, prices, reliability) is described here too and acted out in
// market.mjs.
import { actor, DEV } from "./actors.mjs";
import { completeUnstake, requestUnstake } from "./unstakes.mjs";
import { BREV, brev, DAY, HOUR, STATE } from "./world.mjs";

/** @typedef {import("./chain.mjs").Address} Address */
/** @typedef {import("./world.mjs").World} World */

/**
 * @typedef {object} ProverPlan
 * @property {string} key
 * @property {Address} address
 * @property {string | null} name null: never sets a profile
 * @property {string} iconUrl
 * @property {number} joinDay
 * @property {number} commissionBps default commission rate
 * @property {number | undefined} marketCommissionBps override for the market as reward source
 * @property {number | undefined} epochCommissionBps override for EpochRewards as reward source
 * @property {number} selfStake total BREV the prover stakes in its own vault (≥ the 1000 minimum)
 * @property {number} popularity how strongly stakers are drawn to it (relative weight)
 * @property {number} activity chance of bidding on a request it can serve
 * @property {number} price its bids as a fraction of the request's maxFee
 * @property {number} missRate chance of missing the deadline of a request it won
 * @property {number[]} forcedMisses days after which its next win is missed (and slashed)
 * @property {number} submitters how many submitter accounts it registers
 * @property {{ kind: "jailed" | "deactivated" | "retired", day: number } | undefined} fate
 * @property {number | undefined} meltdownDay misses three big jobs at once (market.mjs), is slashed
 *   until deactivated, then tops up its stake and reactivates itself
 * @property {boolean} bindAtEnd ends the month with most of its stake bound to pending work
 */

/**
 * @param {Partial<ProverPlan> & Pick<ProverPlan, "key" | "name" | "joinDay" | "commissionBps" | "selfStake" | "popularity" | "activity" | "price">} plan
 * @param {number} index
 * @returns {ProverPlan}
 */
function prover(plan, index) {
  return {
    address: actor("prover", index),
    iconUrl: `/provers/${plan.key}.svg`,
    marketCommissionBps: undefined,
    epochCommissionBps: undefined,
    missRate: 0.004,
    forcedMisses: [],
    submitters: 0,
    fate: undefined,
    meltdownDay: undefined,
    bindAtEnd: false,
    ...plan,
  };
}

/**
 * The cast. The first three draw most of the stake (the whales back them), as on a young
 * network; names cover long, non-Latin, emoji and markup-looking strings.
 * @type {ProverPlan[]}
 */
export const PROVERS = [
  prover(
    {
      key: "dev",
      address: DEV,
      name: "Devnet Prover (account 0)",
      joinDay: 0.02,
      commissionBps: 1000,
      marketCommissionBps: 750,
      selfStake: 50_000,
      popularity: 3,
      activity: 0.22,
      price: 0.6,
      missRate: 0,
      submitters: 1,
    },
    0,
  ),
  prover(
    {
      key: "atlas",
      name: "Atlas Proving",
      joinDay: 0.04,
      commissionBps: 1000,
      marketCommissionBps: 800,
      epochCommissionBps: 500,
      selfStake: 150_000,
      popularity: 20,
      activity: 0.55,
      price: 0.55,
      missRate: 0.002,
      submitters: 2,
    },
    1,
  ),
  prover(
    {
      key: "helios",
      name: "Helios Compute",
      joinDay: 0.07,
      commissionBps: 1200,
      selfStake: 120_000,
      popularity: 16,
      activity: 0.5,
      price: 0.6,
      missRate: 0.003,
      submitters: 1,
    },
    2,
  ),
  prover(
    {
      key: "polaris",
      name: "Polaris ZK",
      joinDay: 0.3,
      commissionBps: 900,
      selfStake: 80_000,
      popularity: 13,
      activity: 0.45,
      price: 0.58,
    },
    3,
  ),
  prover(
    {
      key: "kestrel",
      name: "Kestrel Nodes",
      joinDay: 1.2,
      commissionBps: 1500,
      selfStake: 30_000,
      popularity: 5,
      activity: 0.3,
      price: 0.62,
      bindAtEnd: true,
    },
    4,
  ),
  prover(
    {
      key: "zircon",
      name: "Zircon Labs",
      joinDay: 2.5,
      commissionBps: 1000,
      marketCommissionBps: 1200,
      selfStake: 25_000,
      popularity: 5,
      activity: 0.3,
      price: 0.6,
      bindAtEnd: true,
    },
    5,
  ),
  prover(
    {
      key: "tokyo",
      name: "東京証明ノード",
      joinDay: 3.1,
      commissionBps: 800,
      epochCommissionBps: 0,
      selfStake: 30_000,
      popularity: 6,
      activity: 0.25,
      price: 0.64,
    },
    6,
  ),
  prover(
    {
      key: "obsidian",
      name: "Obsidian Prover Collective — Frankfurt · Singapore · São Paulo GPU cluster, 24/7 on-call, 99.9 % uptime SLA",
      joinDay: 4.4,
      commissionBps: 1100,
      selfStake: 40_000,
      popularity: 7,
      activity: 0.3,
      price: 0.57,
    },
    7,
  ),
  prover(
    {
      key: "hostile",
      name: "<img src=x onerror=alert(1)>",
      // Untrusted input: an icon URL no page may load or link to.
      iconUrl: "javascript:alert(document.cookie)",
      joinDay: 6.2,
      commissionBps: 500,
      selfStake: 8_000,
      popularity: 2,
      activity: 0.12,
      price: 0.7,
    },
    8,
  ),
  prover(
    {
      key: "sparrow",
      name: "Sparrow Prover",
      joinDay: 2.1,
      commissionBps: 700,
      selfStake: 6_000,
      popularity: 3,
      activity: 0.2,
      price: 0.5,
      missRate: 0.03,
      forcedMisses: [11.5, 18.5],
      fate: { kind: "jailed", day: 22.3 },
    },
    9,
  ),
  prover(
    {
      key: "tundra",
      name: "Tundra Systems",
      joinDay: 1.8,
      commissionBps: 1000,
      selfStake: 10_000,
      popularity: 3,
      activity: 0.15,
      price: 0.66,
      missRate: 0.015,
      forcedMisses: [14.2],
      fate: { kind: "deactivated", day: 24.1 },
    },
    10,
  ),
  prover(
    {
      key: "quasar",
      name: "Quasar Relay",
      joinDay: 1.4,
      commissionBps: 1000,
      selfStake: 12_000,
      popularity: 2,
      activity: 0.12,
      price: 0.63,
      // Never slashed: a slashed prover's last unstake can be stuck by the deployed rounding,
      // and retiring needs every unstake paid out.
      missRate: 0,
      fate: { kind: "retired", day: 16.6 },
    },
    11,
  ),
  prover(
    {
      key: "mosaic",
      name: "Mosaic Proofs",
      joinDay: 5.3,
      commissionBps: 2000,
      selfStake: 18_000,
      popularity: 5,
      activity: 0.2,
      price: 0.61,
    },
    12,
  ),
  prover(
    {
      key: "lumen",
      name: "Lumen Labs",
      joinDay: 19.6,
      commissionBps: 600,
      selfStake: 5_000,
      popularity: 2,
      activity: 0.15,
      price: 0.56,
    },
    13,
  ),
  prover(
    {
      key: "unicode",
      name: "Ünïcødé Prøver ⚡🦀 ζκ",
      joinDay: 7.7,
      commissionBps: 1300,
      selfStake: 7_000,
      popularity: 2,
      activity: 0.1,
      price: 0.65,
      meltdownDay: 12.4,
    },
    14,
  ),
  prover(
    {
      key: "anon",
      // Never sets a profile: the dashboard falls back to the address.
      name: null,
      joinDay: 9.4,
      commissionBps: 1000,
      selfStake: 2_000,
      popularity: 1,
      activity: 0.05,
      price: 0.68,
    },
    15,
  ),
];

/** Commission changes during the month: [prover key, day, source ("default" | "market"), rate | null (reset)]. */
const COMMISSION_CHANGES = /** @type {const} */ ([
  ["mosaic", 6.1, "default", 1000],
  ["polaris", 9.2, "market", 600],
  ["helios", 14.4, "default", 1500],
  ["zircon", 16.8, "market", null],
  ["polaris", 20.3, "market", null],
  ["dev", 23.5, "default", 1200],
]);

/** Days on which provers with commission pending may claim it. */
const CLAIM_DAYS = [7.6, 14.7, 21.6, 28.4];

/** @param {string} key */
export function proverByKey(key) {
  const plan = PROVERS.find((p) => p.key === key);
  if (!plan) throw new Error(`Seed: no prover "${key}"`);
  return plan;
}

/**
 * Submitter accounts of a prover (derived, so none of them is a prover).
 * @param {ProverPlan} plan
 */
export function submittersOf(plan) {
  const index = PROVERS.indexOf(plan);
  return Array.from({ length: plan.submitters }, (_, i) => actor("submitter", index * 10 + i));
}

/**
 * Puts every prover's life on the agenda.
 * @param {World} world
 */
export function planProvers(world) {
  const { chain, abis, contracts, agenda } = world;
  const controller = contracts.controller;
  for (const plan of PROVERS) {
    if (plan.name !== null && Buffer.byteLength(plan.name) > 128) throw new Error(`Seed: name of ${plan.key} too long`);
    world.provers.set(plan.address, {
      address: plan.address,
      state: STATE.NULL,
      vault: undefined,
      joinedAt: 0,
      submitters: [],
    });

    agenda.soon(world.day(plan.joinDay), () => {
      const p = plan.address;
      // Enough BREV for the self-stake and some left in the wallet (the dev account has plenty).
      if (p !== DEV) world.mint(p, brev(plan.selfStake + 2_500));
      world.approve(p, contracts.brev, controller);
      chain.write(p, controller, abis.stakingControllerAbi, "initializeProver", [BigInt(plan.commissionBps)], {
        label: `initializeProver ${plan.key}`,
        gas: 6_000_000n,
        onMined: (time) => {
          world.prover(p).joinedAt = time;
        },
      });
      world.prover(p).state = STATE.ACTIVE;
      if (plan.name !== null) {
        chain.write(p, controller, abis.stakingControllerAbi, "setProverProfile", [plan.name, plan.iconUrl], {
          label: `setProverProfile ${plan.key}`,
        });
      }
      // initializeProver pulled the minimum self-stake; the rest of the self-stake follows.
      const extra = brev(plan.selfStake) - world.minSelfStake;
      if (extra >= BREV) {
        chain.write(p, controller, abis.stakingControllerAbi, "stake", [p, extra], {
          label: `self-stake ${plan.key}`,
        });
      }
      if (plan.marketCommissionBps !== undefined) {
        chain.write(
          p,
          controller,
          abis.stakingControllerAbi,
          "setCommissionRate",
          [contracts.market, BigInt(plan.marketCommissionBps)],
          { label: `market commission ${plan.key}` },
        );
      }
      if (plan.epochCommissionBps !== undefined && contracts.epochRewards) {
        chain.write(
          p,
          controller,
          abis.stakingControllerAbi,
          "setCommissionRate",
          [contracts.epochRewards, BigInt(plan.epochCommissionBps)],
          { label: `epoch commission ${plan.key}` },
        );
      }
    });

    // Submitters: the submitter consents, the prover registers it a little later.
    submittersOf(plan).forEach((submitter, i) => {
      const consentAt = world.day(plan.joinDay) + (6 + 5 * i) * HOUR;
      agenda.soon(consentAt, () => {
        chain.write(submitter, contracts.market, abis.brevisMarketAbi, "setSubmitterConsent", [plan.address], {
          label: `consent ${submitter} → ${plan.key}`,
          gas: 120_000n,
        });
      });
      agenda.soon(consentAt + 2 * HOUR, () => {
        chain.write(plan.address, contracts.market, abis.brevisMarketAbi, "registerSubmitter", [submitter], {
          label: `registerSubmitter ${plan.key}`,
          gas: 200_000n,
          onMined: () => {
            world.prover(plan.address).submitters.push(submitter);
          },
        });
      });
    });

    if (plan.fate) planFate(world, plan, plan.fate);
    if (plan.meltdownDay !== undefined) planComeback(world, plan, plan.meltdownDay);
  }

  for (const [key, day, source, rate] of COMMISSION_CHANGES) {
    const plan = proverByKey(key);
    agenda.soon(world.day(day), () => {
      if (rate === null) {
        chain.write(plan.address, controller, abis.stakingControllerAbi, "resetCommissionRate", [contracts.market], {
          label: `reset market commission ${key}`,
        });
      } else {
        const target = source === "market" ? contracts.market : "0x0000000000000000000000000000000000000000";
        chain.write(plan.address, controller, abis.stakingControllerAbi, "setCommissionRate", [target, BigInt(rate)], {
          label: `commission ${key} ${source} → ${rate}`,
        });
      }
    });
  }

  // Provers claim their accrued commission now and then (not all of them, not every week).
  const rng = world.rng.fork("claims");
  for (const day of CLAIM_DAYS) {
    for (const plan of PROVERS) {
      if (plan.joinDay > day || !rng.chance(0.55)) continue;
      agenda.soon(world.day(day) + rng.int(0, 10 * HOUR), async () => {
        const info = await chain.read(controller, abis.stakingControllerAbi, "getProverInfo", [plan.address]);
        if (info[3] === 0n) return;
        chain.write(plan.address, controller, abis.stakingControllerAbi, "claimCommission", [], {
          label: `claimCommission ${plan.key}`,
        });
      });
    }
  }
}

/**
 * How a prover's month ends: jailed or deactivated by the admin (the dev account), or retired.
 * @param {World} world
 * @param {ProverPlan} plan
 * @param {NonNullable<ProverPlan["fate"]>} fate
 */
function planFate(world, plan, fate) {
  const { chain, abis, contracts, agenda } = world;
  const controller = contracts.controller;
  const p = plan.address;
  if (fate.kind === "retired") {
    planRetirement(world, plan, fate.day);
    return;
  }
  agenda.soon(world.day(fate.day), () => {
    if (fate.kind === "jailed") {
      chain.write(DEV, controller, abis.stakingControllerAbi, "jailProver", [p], { label: `jail ${plan.key}` });
      world.prover(p).state = STATE.JAILED;
    } else {
      chain.write(DEV, controller, abis.stakingControllerAbi, "deactivateProver", [p], {
        label: `deactivate ${plan.key}`,
      });
      world.prover(p).state = STATE.DEACTIVATED;
      world.story.deactivatedByAdmin.push(p);
    }
  });
}

/** After the prover's full exit: when its stakers leave, and when the last of them is paid out. */
const STAKERS_LEAVE_WITHIN = 3 * DAY;
const RETIRE_AFTER_EXIT = 11 * DAY;

/**
 * Retirement, for real: the prover takes all of its own stake out (a full exit, which only
 * deactivates it), its stakers follow within days, everyone withdraws once the unstake delay
 * has passed, the prover claims its last commission, and then it calls retireProver, which
 * needs no stakers, no pending unstakes and no commission left, and deletes the prover.
 * @param {World} world
 * @param {ProverPlan} plan
 * @param {number} day of the full exit
 */
function planRetirement(world, plan, day) {
  const { chain, abis, contracts, agenda } = world;
  const controller = contracts.controller;
  const abi = abis.stakingControllerAbi;
  const p = plan.address;
  const rng = world.rng.fork(`retirement:${plan.key}`);
  const exit = world.day(day);

  agenda.soon(exit, () => requestUnstake(world, p, p, 1).then(() => undefined));
  agenda.soon(exit + world.unstakeDelay + 5 * HOUR, () => completeUnstake(world, p, p));

  agenda.soon(exit + 12 * HOUR, async () => {
    const stakers = await chain.read(controller, abi, "getProverStakers", [p]);
    for (const staker of stakers) {
      const at = agenda.current + rng.int(HOUR, STAKERS_LEAVE_WITHIN);
      agenda.soon(at, () => requestUnstake(world, staker, p, 1).then(() => undefined));
      agenda.soon(at + world.unstakeDelay + rng.int(HOUR, 12 * HOUR), () => completeUnstake(world, staker, p));
    }
  });
  // Stakers who had asked to leave earlier and not yet withdrawn do so too.
  agenda.soon(exit + world.unstakeDelay + STAKERS_LEAVE_WITHIN, async () => {
    const waiting = await chain.read(controller, abi, "getStakersWithPendingUnstakes", [p]);
    for (const staker of waiting) completeUnstake(world, staker, p);
  });

  const retire = async () => {
    const [stakers, pending, info] = /** @type {[readonly Address[], bigint, readonly unknown[]]} */ (
      await chain.readMany([
        { to: controller, abi, functionName: "getProverStakers", args: [p] },
        { to: controller, abi, functionName: "getProverTotalUnstaking", args: [p] },
        { to: controller, abi, functionName: "getProverInfo", args: [p] },
      ])
    );
    if (stakers.length > 0 || pending > 0n) {
      // Someone has not withdrawn yet: the prover waits for them.
      agenda.soon(agenda.current + 6 * HOUR, retire);
      return;
    }
    if (/** @type {bigint} */ (info[3]) > 0n) {
      chain.write(p, controller, abi, "claimCommission", [], { label: `claimCommission ${plan.key} before retiring` });
    }
    chain.write(p, controller, abi, "retireProver", [p], { label: `retireProver ${plan.key}`, gas: 1_000_000n });
    world.prover(p).state = STATE.NULL;
    world.story.retired.push(p);
  };
  agenda.soon(exit + RETIRE_AFTER_EXIT, retire);
}

/** How long after its meltdown the prover comes back, and what it adds to its own stake first. */
const COMEBACK_AFTER = 1.9 * DAY;
const COMEBACK_TOP_UP = 3_000;

/**
 * After the meltdown's slashes deactivated it, the prover tops up its own stake (a prover may
 * stake into its own vault while not Active) and reactivates itself, which it may do from
 * Deactivated once its own stake is worth the minimum.
 * @param {World} world
 * @param {ProverPlan} plan
 * @param {number} meltdownDay
 */
function planComeback(world, plan, meltdownDay) {
  const { chain, abis, contracts, agenda } = world;
  const p = plan.address;
  agenda.soon(world.day(meltdownDay) + COMEBACK_AFTER, () => {
    if (world.prover(p).state !== STATE.DEACTIVATED) return;
    world.mint(p, brev(COMEBACK_TOP_UP));
    chain.write(p, contracts.controller, abis.stakingControllerAbi, "stake", [p, brev(COMEBACK_TOP_UP)], {
      label: `top-up ${plan.key}`,
    });
    chain.write(p, contracts.controller, abis.stakingControllerAbi, "reactivateProver", [p], {
      label: `reactivateProver ${plan.key} (by itself)`,
    });
    world.prover(p).state = STATE.ACTIVE;
    world.stats.stakes++;
    world.story.selfReactivated.push(p);
  });
}
