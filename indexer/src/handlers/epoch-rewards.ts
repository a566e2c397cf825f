import { ponder } from "ponder:registry";
import { epochConfig, epochProverReward, rewardEpoch } from "ponder:schema";

// An epoch's rewards may come in several submissions (provers strictly increasing across them):
// one RewardsSet per prover, then EpochRewardsSet(epoch, this submission's sum, the epoch's total so far).
ponder.on("EpochRewards:RewardsSet", async ({ event, context }) => {
  const { epoch, prover, amount } = event.args;
  const setAt = event.block.timestamp;
  await context.db.insert(epochProverReward).values({ epoch, prover, amount, setAt });
  await context.db
    .insert(rewardEpoch)
    .values({ epoch, amount: 0n, submissions: 0, provers: 1, firstSetAt: setAt, setAt })
    .onConflictDoUpdate((row) => ({ provers: row.provers + 1 }));
});

ponder.on("EpochRewards:EpochRewardsSet", async ({ event, context }) => {
  const { epoch, cumulativeAmount } = event.args;
  const setAt = event.block.timestamp;
  await context.db
    .insert(rewardEpoch)
    .values({ epoch, amount: cumulativeAmount, submissions: 1, provers: 0, firstSetAt: setAt, setAt })
    .onConflictDoUpdate((row) => ({ amount: cumulativeAmount, submissions: row.submissions + 1, setAt }));
});

// Configs are appended (EpochConfigSet) and removed from the end (EpochConfigPopped), so an epoch's
// window is whatever the configs in force say: the API computes windows from them, never stores one.
ponder.on("EpochRewards:EpochConfigSet", async ({ event, context }) => {
  const { fromEpoch, fromTime, epochLength, maxEpochReward } = event.args;
  await context.db
    .insert(epochConfig)
    .values({ fromEpoch, fromTime, epochLength, maxEpochReward, setAt: event.block.timestamp })
    .onConflictDoUpdate({ fromTime, epochLength, maxEpochReward, setAt: event.block.timestamp });
});

ponder.on("EpochRewards:EpochConfigPopped", async ({ event, context }) => {
  await context.db.delete(epochConfig, { fromEpoch: event.args.fromEpoch });
});
