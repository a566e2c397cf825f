import { type Context, ponder } from "ponder:registry";
import {
  commissionChange,
  commissionOverride,
  network,
  pendingMarketReward,
  profileChange,
  prover,
  proverDailyReward,
  proverStateChange,
  reward,
  slash,
  unstakeRequest,
} from "ponder:schema";
import { dayOf, eventId } from "../lib/event-id";
import { addMarketStats } from "../lib/market-stats";
import { addDaily, readNetwork, updateNetwork } from "../lib/network";
import { readPosition, recordRewardParts, recordStakeEvent, updatePosition } from "../lib/positions";
import { closeProverLife } from "../lib/prover-life";
import { sourceKindOf } from "../lib/source-kind";
import { unstakeValue } from "../lib/unstake-value";
import { changeVault, recordDailyStake } from "../lib/vault-totals";

const STATE_ACTIVE = 1;
const BPS = 10_000n;

// initializeProver: the vault mints the self-stake, the controller emits Staked, then this; no
// ProverStateChanged. The vault's first Transfer opened the prover's life (prover-life.ts).
ponder.on("StakingController:ProverInitialized", async ({ event, context }) => {
  const { prover: address, vault: vaultAddress, defaultCommissionRate } = event.args;
  const row = await context.db.find(prover, { address });
  if (!row || row.retired || row.vault.toLowerCase() !== vaultAddress.toLowerCase()) {
    throw new Error(`ProverInitialized for ${address}: its vault ${vaultAddress} minted no self-stake first.`);
  }
  await context.db.update(prover, { address }).set({
    state: STATE_ACTIVE,
    defaultCommissionBps: Number(defaultCommissionRate),
    joinedAt: event.block.timestamp,
    joinedBlock: event.block.number,
  });
  await updateNetwork(context.db, event.block.timestamp, (row) => ({
    provers: row.provers + 1,
    activeProvers: row.activeProvers + 1,
  }));
});

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
  await context.db.update(prover, { address }).set({ state: newState });
  const step = (newState === STATE_ACTIVE ? 1 : 0) - (oldState === STATE_ACTIVE ? 1 : 0);
  if (step !== 0) {
    await updateNetwork(context.db, event.block.timestamp, (row) => ({ activeProvers: row.activeProvers + step }));
  }
});

// The prover is deleted on chain and leaves every list and total; its vault was swept first.
ponder.on("StakingController:ProverRetired", async ({ event, context }) => {
  const state = await closeProverLife(context.db, event.args.prover, event.block.timestamp);
  // Off the controller's lists from now on: its (swept) vault no longer counts in any distribution.
  await recordDailyStake(context.db, event.args.prover, event.block.timestamp, 0n, false);
  await updateNetwork(context.db, event.block.timestamp, (row) => ({
    provers: row.provers - 1,
    activeProvers: row.activeProvers - (state === STATE_ACTIVE ? 1 : 0),
  }));
});

ponder.on("StakingController:ProverProfileUpdated", async ({ event, context }) => {
  const { prover: address, name, iconUrl } = event.args;
  await context.db.update(prover, { address }).set({ name, iconUrl });
  await context.db
    .insert(profileChange)
    .values({ id: eventId(event), prover: address, name, iconUrl, timestamp: event.block.timestamp });
});

// setCommissionRate emits useDefault = false for every source, the default's (the zero address)
// included, with oldRate 0 for a source that had no rate of its own; resetCommissionRate emits
// useDefault = true with the default rate as the new one.
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
 * The delay only the API uses (a pending request's ready time): read once from the latest block
 * (a pruned devnet or a non-archive RPC cannot answer for old blocks), then kept by its event.
 */
async function rememberUnstakeDelay(context: Context<"StakingController:UnstakeRequested">) {
  const current = await readNetwork(context.db);
  if (current.unstakeDelay !== null) return;
  const delay = await context.client.readContract({
    abi: context.contracts.StakingController.abi,
    address: context.contracts.StakingController.address,
    functionName: "unstakeDelay",
    cache: "immutable",
  });
  await context.db.update(network, { id: current.id }).set({ unstakeDelay: delay });
}

ponder.on("StakingController:UnstakeDelayUpdated", async ({ event, context }) => {
  const current = await readNetwork(context.db);
  await context.db.update(network, { id: current.id }).set({ unstakeDelay: event.args.newDelay });
});

ponder.on("StakingController:UnstakeRequested", async ({ event, context }) => {
  const { prover: address, staker, shares, amount } = event.args;
  await changeVault(context.db, event, address, { cause: "unstake", assets: -amount, supply: -shares });
  const row = await context.db.update(prover, { address }).set((row) => ({
    unstaked: row.unstaked + amount,
    pendingUnstake: row.pendingUnstake + amount,
  }));
  await rememberUnstakeDelay(context);
  const before = await readPosition(context.db, address, staker, event.block.timestamp);
  await context.db.insert(unstakeRequest).values({
    id: `${address}-${staker}-${before.unstakeNext}`,
    prover: address,
    staker,
    shares,
    amount,
    scaleAtRequest: row.slashingScale,
    requestedAt: event.block.timestamp,
    status: "pending",
  });
  await updatePosition(context.db, address, staker, event.block.timestamp, (row) => ({
    withdrawn: row.withdrawn + amount,
    unstakeNext: row.unstakeNext + 1,
  }));
  await recordStakeEvent(context.db, event, { prover: address, staker, kind: "unstake_request", shares, amount });
  await addDaily(context.db, event.block.timestamp, { unstaked: amount });
});

// The controller pays the requests at the front of the queue that have waited the delay in force
// then, each at its slashed value: they are the prefix of the queue whose values add up to the
// amount paid (every value is positive, so only one prefix does).
ponder.on("StakingController:UnstakeCompleted", async ({ event, context }) => {
  const { prover: address, staker, amount } = event.args;
  const row = await context.db.find(prover, { address });
  if (!row) throw new Error(`UnstakeCompleted for ${address}, which never registered.`);
  const scaleNow = row.slashingScale;
  const position = await readPosition(context.db, address, staker, event.block.timestamp);
  let head = position.unstakeHead;
  let paid = 0n;
  while (paid < amount && head < position.unstakeNext) {
    const id = `${address}-${staker}-${head}`;
    const pending = await context.db.find(unstakeRequest, { id });
    if (!pending) break;
    const value = unstakeValue(pending.amount, pending.scaleAtRequest, scaleNow);
    paid += value;
    await context.db
      .update(unstakeRequest, { id })
      .set({ status: "completed", completedAt: event.block.timestamp, paid: value });
    head += 1;
  }
  if (paid !== amount) {
    throw new Error(
      `UnstakeCompleted paid ${amount} to ${staker} from ${address}; its pending requests add up to ${paid}.`,
    );
  }
  await updatePosition(context.db, address, staker, event.block.timestamp, () => ({ unstakeHead: head }));
  await context.db.update(prover, { address }).set((row) => ({
    unstakePaid: row.unstakePaid + amount,
    pendingUnstake: row.pendingUnstake - amount,
  }));
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
  await recordRewardParts(context.db, event, {
    prover: address,
    source: sourceKind === "market" || sourceKind === "epoch" ? sourceKind : "other",
    toStakers,
    totalSupply: before?.totalSupply ?? 0n,
  });
  if (toStakers > 0n) await changeVault(context.db, event, address, { cause: "reward", assets: toStakers });
  await context.db.update(prover, { address }).set((row) => ({
    rewardsMarket: row.rewardsMarket + (sourceKind === "market" ? amount : 0n),
    rewardsEpoch: row.rewardsEpoch + (sourceKind === "epoch" ? amount : 0n),
    rewardsOther: row.rewardsOther + (sourceKind === "market" || sourceKind === "epoch" ? 0n : amount),
    toStakers: row.toStakers + toStakers,
    commissionAccrued: row.commissionAccrued + commission,
  }));
  // Only submitProof pays from the market: the prover's fee after the protocol fee, which the
  // market's stats count as feeReceived and totalFees.
  if (sourceKind === "market") {
    await addMarketStats(context.db, address, { feeReceived: amount }, { fees: amount });
    await context.db
      .insert(pendingMarketReward)
      .values({ prover: address, txHash: event.transaction.hash, amount })
      .onConflictDoUpdate({ txHash: event.transaction.hash, amount });
  }
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

// Vault assets lost their part already (ControllerSlash); pending unstakes lose the same
// fraction through the slashing scale, computed as the controller does.
ponder.on("StakingController:ProverSlashed", async ({ event, context }) => {
  const { prover: address, amount, bps } = event.args;
  await context.db.insert(slash).values({
    id: eventId(event),
    prover: address,
    kind: "controller",
    bps: Number(bps),
    amount,
    timestamp: event.block.timestamp,
  });
  await context.db.update(prover, { address }).set((row) => {
    const scale = (BigInt(row.slashingScale) * (BPS - bps)) / BPS;
    return {
      slashingScale: Number(scale),
      pendingUnstake: (row.pendingUnstake * scale) / BigInt(row.slashingScale),
      slashedAmount: row.slashedAmount + amount,
      slashes: row.slashes + 1,
    };
  });
  await addDaily(context.db, event.block.timestamp, { slashed: amount });
});
