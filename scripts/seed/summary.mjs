// What the seeded devnet looks like at the end, read back from the chain through the same
// viewers the dashboard uses, for the log of `npm start` and for whoever changes the scenario.
import { formatUnits } from "viem";

/** @typedef {import("./world.mjs").World} World */
/** @typedef {import("viem").ContractFunctionReturnType<import("./abis.mjs").GeneratedAbis["stakingViewerAbi"], "view", "getProverInfo">} ProverDisplayInfo */

const STATE_NAMES = ["Null", "Active", "Deactivated", "Jailed"];

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
  const overview = await chain.read(contracts.stakingViewer, abis.stakingViewerAbi, "getSystemOverview", []);
  const global = await chain.read(contracts.market, abis.brevisMarketAbi, "getGlobalStatsTotal", []);
  const addresses = await chain.read(contracts.controller, abis.stakingControllerAbi, "getProvers", [false, 0n, 1000n]);
  /** @param {string} functionName @param {string} to @param {import("viem").Abi} abi */
  const each = (functionName, to, abi) =>
    chain.readMany(
      addresses.map((address) => ({ to: /** @type {`0x${string}`} */ (to), abi, functionName, args: [address] })),
    );
  const provers = /** @type {ProverDisplayInfo[]} */ (
    await each("getProverInfo", contracts.stakingViewer, abis.stakingViewerAbi)
  );
  const assigned = /** @type {bigint[]} */ (await each("assignedStake", contracts.market, abis.brevisMarketAbi));
  const retired = /** @type {boolean[]} */ (
    await each("isProverRetired", contracts.controller, abis.stakingControllerAbi)
  );

  /** @type {Record<string, number>} */
  const byState = {};
  for (const p of provers) {
    const name = STATE_NAMES[p.state] ?? String(p.state);
    byState[name] = (byState[name] ?? 0) + 1;
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
    .map(({ p, bound }) => `${p.name || p.prover} ${fmt(bound)} of ${fmt(p.vaultAssets)}`);

  let epochs = "EpochRewards not deployed";
  if (contracts.epochRewards) {
    const [current] = await chain.read(contracts.epochRewards, abis.epochRewardsAbi, "getCurrentEpochInfo", []);
    const last = await chain.read(contracts.epochRewards, abis.epochRewardsAbi, "lastUpdatedEpoch", []);
    const paid = await chain.read(contracts.epochRewards, abis.epochRewardsAbi, "totalRewardsDistributed", []);
    epochs = `rewards set for epochs 1-${last}, ${fmt(paid)} BREV distributed; epoch ${current} running`;
  }

  const s = world.stats;
  const states = Object.entries(byState).map(([k, v]) => `${v} ${k}`);
  return [
    `provers: ${provers.length} (${states.join(", ")}; ${retired.filter(Boolean).length} of them retired)`,
    `stakers: ${overview.totalStakers}; stake (vaults + unstaking): ${fmt(total)} BREV; vault assets ${fmt(overview.totalVaultAssets)} BREV (active provers ${fmt(overview.totalActiveVaultAssets)})`,
    `top-3 provers hold ${share}% of the stake: ${sorted
      .slice(0, 3)
      .map((p) => p.name)
      .join(", ")}`,
    `bound stake ≥ 80% of the vault: ${bound.join("; ") || "none"}`,
    `market: ${global.totalRequests} requests, ${global.totalFulfilled} fulfilled, ${s.refundedNoBid} refunded without a winner, ${s.refundedMissed} refunded after a missed deadline, ${s.slashed} slashed; fees ${fmt(global.totalFees)} BREV; ${s.bids} bids, ${s.reveals} reveals`,
    `staking: ${s.stakes} stakes, ${s.unstakeRequests} unstake requests, ${s.unstakeCompletions} completions`,
    `epochs: ${epochs}`,
  ];
}
