// What the seeded devnet looks like at the end, read back from the chain through the same
// views the dashboard uses, for the log of `npm start` and for whoever changes the scenario.
// It also checks the scenario's promises (what the dashboard and the tests rely on finding)
// and fails the preparation when one is broken.
import { formatUnits } from "viem";
import { DEV } from "./actors.mjs";
import { PROVERS } from "./provers.mjs";
import { STATE } from "./world.mjs";

/** @typedef {import("./world.mjs").World} World */
/** @typedef {import("./chain.mjs").Address} Address */
/** @typedef {import("./chain.mjs").Hex} Hex */
/** @typedef {import("viem").ContractFunctionReturnType<import("./abis.mjs").GeneratedAbis["stakingViewerAbi"], "view", "getProverInfo">} ProverDisplayInfo */

const STATE_NAMES = ["Null", "Active", "Deactivated", "Jailed"];
/** As the indexer flags pending work: a deadline less than this away is at risk. */
const AT_RISK_SECONDS = 3600;

/** @param {bigint} wei */
function fmt(wei) {
  return Number(formatUnits(wei, 18)).toLocaleString("en-US", { maximumFractionDigits: 0 });
}

/**
 * @param {World} world
 * @returns {Promise<string[]>}
 */
export async function summarize(world) {
  const { chain, abis, contracts } = world;
  const controller = contracts.controller;
  const ctl = abis.stakingControllerAbi;
  const block = await chain.rpc("eth_getBlockByNumber", ["latest", false]);
  const now = Number(BigInt(block.timestamp));

  const overview = await chain.read(contracts.stakingViewer, abis.stakingViewerAbi, "getSystemOverview", []);
  const global = await chain.read(contracts.market, abis.brevisMarketAbi, "getGlobalStatsTotal", []);
  const count = await chain.read(controller, ctl, "getProverCount", [false]);
  // end 0 means the whole list (an empty list would revert: there is none to ask for).
  const addresses = count === 0n ? [] : await chain.read(controller, ctl, "getProvers", [false, 0n, 0n]);
  const provers = /** @type {ProverDisplayInfo[]} */ (
    await chain.readMany(
      addresses.map((address) => ({
        to: contracts.stakingViewer,
        abi: abis.stakingViewerAbi,
        functionName: "getProverInfo",
        args: [address],
      })),
    )
  );
  /** @param {string} functionName @param {(address: Address) => readonly unknown[]} args */
  const each = (functionName, args, to = controller, abi = /** @type {import("viem").Abi} */ (ctl)) =>
    chain.readMany(addresses.map((address) => ({ to, abi, functionName, args: args(address) })));
  const assigned = /** @type {bigint[]} */ (
    await each("assignedStake", (a) => [a], contracts.market, abis.brevisMarketAbi)
  );
  const own = /** @type {bigint[]} */ (await each("maxWithdraw", (a) => [a, a]));
  const vaults = await chain.read(contracts.vaultFactory, abis.vaultFactoryAbi, "getVaultCount", []);

  /** @type {Record<string, number>} */
  const byState = {};
  for (const p of provers) {
    const state = STATE_NAMES[p.state] ?? String(p.state);
    byState[state] = (byState[state] ?? 0) + 1;
  }
  const total = provers.reduce((sum, p) => sum + p.totalAssets, 0n);
  const sorted = [...provers].sort((a, b) =>
    b.totalAssets > a.totalAssets ? 1 : b.totalAssets < a.totalAssets ? -1 : 0,
  );
  const top3 = sorted.slice(0, 3).reduce((sum, p) => sum + p.totalAssets, 0n);
  const share = total === 0n ? 0 : Number((top3 * 10_000n) / total) / 100;
  const bound = provers
    .map((p, i) => ({ p, bound: assigned[i] ?? 0n }))
    .filter(({ p, bound }) => p.vaultAssets > 0n && bound * 100n >= p.vaultAssets * 80n)
    .map(({ p, bound }) => `${nameOf(p.prover)} ${fmt(bound)} of ${fmt(p.vaultAssets)}`);

  const work = await pendingWork(world, addresses, now);
  const unstakes = await unstakesByProver(world, addresses, now);
  const slashed = provers.filter((p) => p.slashingScale < 10_000n);
  const mayReactivate = provers.filter((p, i) => p.state === STATE.DEACTIVATED && (own[i] ?? 0n) >= world.minSelfStake);
  const jailed = provers.filter((p) => p.state === STATE.JAILED);
  const epochs = await epochSummary(world);
  const dev = await devSummary(world);

  const s = world.stats;
  const story = world.story;
  const transfer = story.shareTransfer;
  const states = Object.entries(byState).map(([k, v]) => `${v} ${k}`);
  const refused = chain.refusals.ControllerSlashTooHigh ?? 0;
  const lines = [
    `provers: ${provers.length} listed (${states.join(", ")}); ${vaults - count} retired (${story.retired.map(nameOf).join(", ") || "none"})`,
    `stakers: ${overview.totalStakers}; stake (vaults + unstaking): ${fmt(total)} BREV; vault assets ${fmt(overview.totalVaultAssets)} BREV (active provers ${fmt(overview.totalActiveVaultAssets)})`,
    `top-3 provers hold ${share}% of the stake: ${sorted
      .slice(0, 3)
      .map((p) => nameOf(p.prover))
      .join(", ")}`,
    `bound stake ≥ 80% of the vault: ${bound.join("; ") || "none"}`,
    `market: ${global.totalRequests} requests, ${global.totalFulfilled} fulfilled, refunded: ${s.refunds.noBid} nobody bid, ${s.refunds.noReveal} nobody revealed, ${s.refunds.missed} deadline missed; ${s.slashed} slashed, ${refused} slash refused by the scale floor${story.refusedSlash ? ` (${nameOf(story.refusedSlash.prover)}, request ${story.refusedSlash.reqid})` : ""}; fees ${fmt(global.totalFees)} BREV; ${s.bids} bids, ${s.reveals} reveals`,
    `pending work at the end: ${work.lines.join("; ") || "none"}`,
    `slashed provers (scale): ${slashed.map((p) => `${nameOf(p.prover)} ${Number(p.slashingScale) / 100}% ${STATE_NAMES[p.state]}`).join(", ") || "none"}`,
    `self-reactivated: ${story.selfReactivated.map(nameOf).join(", ") || "none"}; deactivated by the admin: ${story.deactivatedByAdmin.map(nameOf).join(", ") || "none"}; Deactivated and may reactivate itself: ${mayReactivate.map((p) => nameOf(p.prover)).join(", ") || "none"}; jailed: ${jailed.map((p) => nameOf(p.prover)).join(", ") || "none"}`,
    `staking: ${s.stakes} stakes, ${s.unstakeRequests} unstake requests, ${s.unstakeCompletions} completions (${s.unstakeCompletionsDeferred} put off by the deployed rounding), ${s.grants} partner grants; share transfer: ${transfer ? `${nameOf(transfer.prover)} shares, ${transfer.from} → ${transfer.to}, ${fmt(transfer.shares)}` : "none"}`,
    `unstakes maturing after the end, by prover: ${unstakes.lines.join(", ") || "none"}`,
    `epochs: ${epochs.line}`,
    `dev account: ${dev.line}`,
  ];

  const failed = [
    [story.retired.length > 0 && vaults - count >= BigInt(story.retired.length), "a prover retired by retireProver"],
    [transfer !== undefined, "a share transfer between stakers"],
    [
      story.selfReactivated.some((p) => provers.find((i) => i.prover === p)?.state === STATE.ACTIVE),
      "a prover that reactivated itself and is Active",
    ],
    [refused > 0 && story.refusedSlash !== undefined, "a slash refused by the slashing-scale floor"],
    [epochs.multiSubmission, "an epoch whose rewards came in several submissions"],
    [epochs.owedToInactive, "an epoch reward left undistributed because its prover is not Active"],
    [work.atRiskAndOverdue.length > 0, "a prover with requests both at risk and overdue"],
    [unstakes.maturingStakers >= 3, "a prover with three or more stakers' unstakes maturing after the end"],
    [
      mayReactivate.some((p) => story.deactivatedByAdmin.includes(/** @type {Address} */ (p.prover))),
      "a prover deactivated by the admin that may reactivate itself",
    ],
    [jailed.length > 0, "a jailed prover"],
    [bound.length > 0, "a prover with at least 80 % of its vault bound to pending work"],
    [s.slashed > 0 && s.refunds.missed > 0 && s.refunds.noBid > 0, "slashes and refunds of missed and unbid requests"],
    [
      provers.some((p) => p.name === "<img src=x onerror=alert(1)>" && p.iconUrl.startsWith("javascript:")),
      "the hostile profile",
    ],
    [dev.ok, "the dev account as an Active prover with a submitter, positions and pending and ready unstakes"],
  ]
    .filter(([ok]) => !ok)
    .map(([, what]) => what);
  if (failed.length > 0) {
    throw new Error(`Seed: the seeded devnet lacks ${failed.join("; ")}.\n${lines.join("\n")}`);
  }
  return lines;
}

/**
 * Each prover's won and unproven requests at the end, as the prover console shows them.
 * @param {World} world
 * @param {readonly Address[]} provers
 * @param {number} now
 */
async function pendingWork(world, provers, now) {
  const { chain, abis, contracts } = world;
  const pending = /** @type {Hex[][]} */ (
    await chain.readMany(
      provers.map((p) => ({
        to: contracts.market,
        abi: abis.brevisMarketAbi,
        functionName: "getProverPendingRequests",
        args: [p],
      })),
    )
  );
  /** @type {string[]} */
  const lines = [];
  /** @type {Address[]} */
  const atRiskAndOverdue = [];
  for (const [i, reqids] of pending.entries()) {
    if (reqids.length === 0) continue;
    const requests = /** @type {Array<readonly [number, bigint, string, bigint, bigint, bigint]>} */ (
      await chain.readMany(
        reqids.map((id) => ({
          to: contracts.market,
          abi: abis.brevisMarketAbi,
          functionName: "getRequest",
          args: [id],
        })),
      )
    );
    const deadlines = requests.map((r) => Number(r[5]));
    const overdue = deadlines.filter((d) => d < now).length;
    const atRisk = deadlines.filter((d) => d >= now && d - now < AT_RISK_SECONDS).length;
    const prover = /** @type {Address} */ (provers[i]);
    if (overdue > 0 && atRisk > 0) atRiskAndOverdue.push(prover);
    const flags = [overdue > 0 ? `${overdue} overdue` : "", atRisk > 0 ? `${atRisk} at risk` : ""].filter(Boolean);
    lines.push(`${nameOf(prover)} ${reqids.length}${flags.length > 0 ? ` (${flags.join(", ")})` : ""}`);
  }
  return { lines, atRiskAndOverdue };
}

/**
 * Pending unstake requests that mature after the end, counted by prover, and the largest number
 * of stakers waiting on one prover.
 * @param {World} world
 * @param {readonly Address[]} provers
 * @param {number} now
 */
async function unstakesByProver(world, provers, now) {
  const { chain, abis, contracts } = world;
  const ctl = abis.stakingControllerAbi;
  const waiting = /** @type {Address[][]} */ (
    await chain.readMany(
      provers.map((p) => ({
        to: contracts.controller,
        abi: ctl,
        functionName: "getStakersWithPendingUnstakes",
        args: [p],
      })),
    )
  );
  /** @type {string[]} */
  const lines = [];
  let maturingStakers = 0;
  for (const [i, stakers] of waiting.entries()) {
    const prover = /** @type {Address} */ (provers[i]);
    const lists = /** @type {Array<readonly { requestTime: bigint }[]>} */ (
      await chain.readMany(
        stakers.map((s) => ({
          to: contracts.controller,
          abi: ctl,
          functionName: "getPendingUnstakes",
          args: [prover, s],
        })),
      )
    );
    const matures = (/** @type {{ requestTime: bigint }} */ r) => Number(r.requestTime) + world.unstakeDelay;
    const maturing = lists.filter((list) => list.some((r) => matures(r) > now)).length;
    const ready = lists.filter((list) => list.some((r) => matures(r) <= now)).length;
    maturingStakers = Math.max(maturingStakers, maturing);
    if (maturing > 0 || ready > 0) lines.push(`${nameOf(prover)} ${maturing} maturing/${ready} ready`);
  }
  return { lines, maturingStakers };
}

/**
 * The reward epochs: what was recorded, in how many submissions, what was paid and what is
 * still owed (to provers that are not Active).
 * @param {World} world
 */
async function epochSummary(world) {
  const { chain, abis, contracts } = world;
  const rewards = contracts.epochRewards;
  if (!rewards) return { line: "EpochRewards not deployed", multiSubmission: false, owedToInactive: false };
  const [current] = await chain.read(rewards, abis.epochRewardsAbi, "getCurrentEpochInfo", []);
  const last = await chain.read(rewards, abis.epochRewardsAbi, "lastUpdatedEpoch", []);
  const everyone = PROVERS.map((p) => p.address);
  let recorded = 0n;
  let paid = 0n;
  /** @type {Set<Address>} */
  const owedTo = new Set();
  for (let epoch = 1; epoch <= last; epoch++) {
    recorded += await chain.read(rewards, abis.epochRewardsAbi, "epochTotalRewards", [epoch]);
    const [amounts, distributed] = await chain.read(rewards, abis.epochRewardsAbi, "getBatchProverRewards", [
      epoch,
      everyone,
    ]);
    amounts.forEach((amount, i) => {
      if (distributed[i]) paid += amount;
      else if (amount > 0n) owedTo.add(/** @type {Address} */ (everyone[i]));
    });
  }
  const submissions = world.chain.eventCounts["EpochRewards.EpochRewardsSet"] ?? 0;
  const owedToInactive = [...owedTo].some((p) => !world.isActive(p));
  return {
    line: `rewards set for epochs 1-${last} in ${submissions} submissions, ${fmt(recorded)} BREV recorded, ${fmt(paid)} BREV paid in ${world.stats.rewardDistributions} distributions, still owed to ${[...owedTo].map(nameOf).join(", ") || "nobody"}; epoch ${current} running`,
    multiSubmission: submissions > last,
    owedToInactive,
  };
}

/**
 * The dev account as a prover (with its submitters) and as a staker.
 * @param {World} world
 */
async function devSummary(world) {
  const { chain, abis, contracts } = world;
  const state = await chain.read(contracts.controller, abis.stakingControllerAbi, "getProverState", [DEV]);
  const submitters = await chain.read(contracts.market, abis.brevisMarketAbi, "getSubmittersForProver", [DEV]);
  const portfolio = await chain.read(contracts.stakingViewer, abis.stakingViewerAbi, "getUserPortfolio", [DEV]);
  const positions = portfolio.stakes.filter((s) => s.shares > 0n).length;
  const pending = portfolio.stakes.filter((s) => s.totalUnstaking > s.readyToWithdraw).length;
  const ready = portfolio.stakes.filter((s) => s.readyToWithdraw > 0n).length;
  return {
    line: `${STATE_NAMES[state]} prover with ${submitters.length} submitter(s); ${positions} positions worth ${fmt(portfolio.totalValue)} BREV, unstaking with ${pending} prover(s) still pending and ${ready} ready (${fmt(portfolio.totalReadyToWithdraw)} BREV)`,
    ok: state === STATE.ACTIVE && submitters.length > 0 && positions > 1 && pending > 0 && ready > 0,
  };
}

/**
 * The scenario's short name for a prover (its key): the log never prints a profile's hostile name.
 * @param {string} address
 */
function nameOf(address) {
  return PROVERS.find((p) => p.address === address)?.key ?? address;
}
