import { ponder } from "ponder:registry";
import { epochConfig, epochProverReward, rewardEpoch } from "ponder:schema";

ponder.on("EpochRewards:RewardsSet", async ({ event, context }) => {
  const { epoch, prover, amount } = event.args;
  const setAt = event.block.timestamp;
  const existing = await context.db.find(epochProverReward, { epoch, prover });
  await context.db
    .insert(epochProverReward)
    .values({ epoch, prover, amount, setAt })
    .onConflictDoUpdate({ amount, setAt });
  if (existing) return;
  await context.db
    .insert(rewardEpoch)
    .values({ epoch, amount: 0n, cumulative: 0n, provers: 1, setAt })
    .onConflictDoUpdate((row) => ({ provers: row.provers + 1 }));
});

ponder.on("EpochRewards:EpochRewardsSet", async ({ event, context }) => {
  const { epoch, newAmount, cumulativeAmount } = event.args;
  const setAt = event.block.timestamp;
  await context.db
    .insert(rewardEpoch)
    .values({ epoch, amount: newAmount, cumulative: cumulativeAmount, provers: 0, setAt })
    .onConflictDoUpdate({ amount: newAmount, cumulative: cumulativeAmount, setAt });
});

ponder.on("EpochRewards:EpochConfigSet", async ({ event, context }) => {
  const { fromEpoch, fromTime, epochLength, maxEpochReward } = event.args;
  await context.db
    .insert(epochConfig)
    .values({ fromEpoch, fromTime, epochLength, maxEpochReward, setAt: event.block.timestamp })
    .onConflictDoUpdate({ fromTime, epochLength, maxEpochReward, setAt: event.block.timestamp });
});
