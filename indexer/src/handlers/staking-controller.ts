import { type Context, ponder } from "ponder:registry";
import {
  commissionChange,
  commissionOverride,
  network,
  profileChange,
  prover,
  proverDailyReward,
  proverStateChange,
  reward,
  slash,
  unstakeRequest,
  vault,
} from "ponder:schema";
import { dayOf, eventId } from "../lib/event-id";
import { addDaily, readNetwork, updateNetwork } from "../lib/network";
import { readPosition, recordStakeEvent, updatePosition } from "../lib/positions";
import { sourceKindOf } from "../lib/source-kind";
import { changeVault } from "../lib/vault-totals";

const STATE_ACTIVE = 1;

ponder.on("StakingController:ProverInitialized", async ({ event, context }) => {
  const { prover: address, vault: vaultAddress, defaultCommissionRate } = event.args;
  await context.db.insert(vault).values({ address: vaultAddress, prover: address });
  await context.db.insert(prover).values({
    address,
    vault: vaultAddress,
    state: STATE_ACTIVE,
    retired: false,
    defaultCommissionBps: Number(defaultCommissionRate),
    name: "",
    iconUrl: "",
    joinedAt: event.block.timestamp,
    joinedBlock: event.block.number,
    totalAssets: 0n,
    totalSupply: 0n,
    sharePrice: 0n,
    stakers: 0,
    staked: 0n,
    unstaked: 0n,
    unstakePaid: 0n,
    rewardsMarket: 0n,
    rewardsEpoch: 0n,
    rewardsOther: 0n,
    toStakers: 0n,
    commissionAccrued: 0n,
    commissionClaimed: 0n,
    slashedAmount: 0n,
    slashes: 0,
    bids: 0,
    reveals: 0,
    wins: 0,
    fulfilled: 0,
    failed: 0,
    feesEarned: 0n,
    assignedStake: 0n,
  });
  await updateNetwork(context.db, event.block.timestamp, (row) => ({ provers: row.provers + 1 }));
});

// Emitted before ProverInitialized when a prover joins, so the network count is kept from the
// states alone and the prover row is updated only once it exists.
ponder.on("StakingController:ProverStateChanged", async ({ event, context }) => {
  const { prover: address, oldState, newState } = event.args;
  await context.db.insert(proverStateChange).values({
    id: eventId(event),
    prover: address,
    oldState,
    newState,
    timestamp: event.block.timestamp,
    blockNumber: event.block.number,
  });
  if (await context.db.find(prover, { address })) {
    await context.db.update(prover, { address }).set({ state: newState });
  }
  const step = (newState === STATE_ACTIVE ? 1 : 0) - (oldState === STATE_ACTIVE ? 1 : 0);
  if (step !== 0) {
    await updateNetwork(context.db, event.block.timestamp, (row) => ({ activeProvers: row.activeProvers + step }));
  }
});

ponder.on("StakingController:ProverRetired", async ({ event, context }) => {
  await context.db.update(prover, { address: event.args.prover }).set({ retired: true });
});

ponder.on("StakingController:ProverProfileUpdated", async ({ event, context }) => {
  const { prover: address, name, iconUrl } = event.args;
  await context.db.update(prover, { address }).set({ name, iconUrl });
  await context.db
    .insert(profileChange)
    .values({ id: eventId(event), prover: address, name, iconUrl, timestamp: event.block.timestamp });
});

ponder.on("StakingController:CommissionRateUpdated", async ({ event, context }) => {
  const { prover: address, source, oldRate, newRate, useDefault } = event.args;
  const sourceKind = sourceKindOf(source, context.contracts);
  await context.db.insert(commissionChange).values({
    id: eventId(event),
    prover: address,
    source,
    sourceKind,
    oldRateBps: Number(oldRate),
    newRateBps: Number(newRate),
    useDefault,
    timestamp: event.block.timestamp,
  });
  if (sourceKind === "default") {
    await context.db.update(prover, { address }).set({ defaultCommissionBps: Number(newRate) });
  } else if (useDefault) {
    await context.db.delete(commissionOverride, { prover: address, source });
  } else {
    await context.db
      .insert(commissionOverride)
      .values({ prover: address, source, sourceKind, rateBps: Number(newRate), updatedAt: event.block.timestamp })
      .onConflictDoUpdate({ rateBps: Number(newRate), updatedAt: event.block.timestamp });
  }
});

ponder.on("StakingController:Staked", async ({ event, context }) => {
  const { prover: address, staker, shares, amount } = event.args;
  await changeVault(context.db, event, address, { cause: "stake", assets: amount, supply: shares });
  await context.db.update(prover, { address }).set((row) => ({ staked: row.staked + amount }));
  await updatePosition(context.db, address, staker, event.block.timestamp, (row) => ({
    costBasis: row.costBasis + amount,
  }));
  await recordStakeEvent(context.db, event, { prover: address, staker, kind: "stake", shares, amount });
  await addDaily(context.db, event.block.timestamp, { staked: amount });
});

/**
 * The delay changes only with an event; its first value is read once from the latest block,
 * because a pruned devnet or a non-archive RPC cannot answer for old blocks.
 */
async function unstakeDelay(context: Context<"StakingController:UnstakeRequested">) {
  const current = await readNetwork(context.db);
  if (current.unstakeDelay !== null) return current.unstakeDelay;
  const delay = await context.client.readContract({
    abi: context.contracts.StakingController.abi,
    address: context.contracts.StakingController.address,
    functionName: "unstakeDelay",
    cache: "immutable",
  });
  await context.db.update(network, { id: current.id }).set({ unstakeDelay: delay });
  return delay;
}

ponder.on("StakingController:UnstakeDelayUpdated", async ({ event, context }) => {
  const current = await readNetwork(context.db);
  await context.db.update(network, { id: current.id }).set({ unstakeDelay: event.args.newDelay });
});

ponder.on("StakingController:UnstakeRequested", async ({ event, context }) => {
  const { prover: address, staker, shares, amount } = event.args;
  await changeVault(context.db, event, address, { cause: "unstake", assets: -amount, supply: -shares });
  await context.db.update(prover, { address }).set((row) => ({ unstaked: row.unstaked + amount }));
  const delay = await unstakeDelay(context);
  const before = await readPosition(context.db, address, staker, event.block.timestamp);
  await context.db.insert(unstakeRequest).values({
    id: `${address}-${staker}-${before.unstakeNext}`,
    prover: address,
    staker,
    shares,
    amount,
    requestedAt: event.block.timestamp,
    readyAt: event.block.timestamp + delay,
    status: "pending",
  });
  await updatePosition(context.db, address, staker, event.block.timestamp, (row) => ({
    withdrawn: row.withdrawn + amount,
    unstakeNext: row.unstakeNext + 1,
  }));
  await recordStakeEvent(context.db, event, { prover: address, staker, kind: "unstake_request", shares, amount });
  await addDaily(context.db, event.block.timestamp, { unstaked: amount });
});

// The controller pays every request older than the delay; they form the front of the queue.
ponder.on("StakingController:UnstakeCompleted", async ({ event, context }) => {
  const { prover: address, staker, amount } = event.args;
  const delay = await unstakeDelay(context);
  const position = await readPosition(context.db, address, staker, event.block.timestamp);
  let head = position.unstakeHead;
  while (head < position.unstakeNext) {
    const id = `${address}-${staker}-${head}`;
    const pending = await context.db.find(unstakeRequest, { id });
    if (!pending || pending.requestedAt + delay > event.block.timestamp) break;
    await context.db.update(unstakeRequest, { id }).set({ status: "completed", completedAt: event.block.timestamp });
    head += 1;
  }
  await updatePosition(context.db, address, staker, event.block.timestamp, () => ({ unstakeHead: head }));
  await context.db.update(prover, { address }).set((row) => ({ unstakePaid: row.unstakePaid + amount }));
  await recordStakeEvent(context.db, event, { prover: address, staker, kind: "unstake_complete", shares: 0n, amount });
});

ponder.on("StakingController:RewardsAdded", async ({ event, context }) => {
  const { prover: address, source, amount, commission, toStakers } = event.args;
  const sourceKind = sourceKindOf(source, context.contracts);
  const before = await context.db.find(prover, { address });
  await context.db.insert(reward).values({
    id: eventId(event),
    prover: address,
    source,
    sourceKind,
    amount,
    commission,
    toStakers,
    totalSupply: before?.totalSupply ?? 0n,
    timestamp: event.block.timestamp,
    blockNumber: event.block.number,
    txHash: event.transaction.hash,
  });
  if (toStakers > 0n) await changeVault(context.db, event, address, { cause: "reward", assets: toStakers });
  await context.db.update(prover, { address }).set((row) => ({
    rewardsMarket: row.rewardsMarket + (sourceKind === "market" ? amount : 0n),
    rewardsEpoch: row.rewardsEpoch + (sourceKind === "epoch" ? amount : 0n),
    rewardsOther: row.rewardsOther + (sourceKind === "market" || sourceKind === "epoch" ? 0n : amount),
    toStakers: row.toStakers + toStakers,
    commissionAccrued: row.commissionAccrued + commission,
  }));
  await context.db
    .insert(proverDailyReward)
    .values({ prover: address, day: dayOf(event.block.timestamp), sourceKind, amount, commission, toStakers, count: 1 })
    .onConflictDoUpdate((row) => ({
      amount: row.amount + amount,
      commission: row.commission + commission,
      toStakers: row.toStakers + toStakers,
      count: row.count + 1,
    }));
  await addDaily(context.db, event.block.timestamp, {
    marketFees: sourceKind === "market" ? amount : 0n,
    epochRewards: sourceKind === "epoch" ? amount : 0n,
    otherRewards: sourceKind === "market" || sourceKind === "epoch" ? 0n : amount,
    commission,
  });
});

ponder.on("StakingController:CommissionClaimed", async ({ event, context }) => {
  const { prover: address, amount } = event.args;
  await context.db.update(prover, { address }).set((row) => ({ commissionClaimed: row.commissionClaimed + amount }));
});

/** Every slash passes through the controller; the market's own event then names the request. */
export function slashId(txHash: string, proverAddress: string): string {
  return `${txHash}-${proverAddress.toLowerCase()}`;
}

ponder.on("StakingController:ProverSlashed", async ({ event, context }) => {
  const { prover: address, amount, bps } = event.args;
  await context.db.insert(slash).values({
    id: slashId(event.transaction.hash, address),
    prover: address,
    kind: "controller",
    bps: Number(bps),
    amount,
    timestamp: event.block.timestamp,
  });
  await context.db.update(prover, { address }).set((row) => ({
    slashedAmount: row.slashedAmount + amount,
    slashes: row.slashes + 1,
  }));
  await addDaily(context.db, event.block.timestamp, { slashed: amount });
});
