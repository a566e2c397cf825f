import { ponder } from "ponder:registry";
import { chainClock } from "ponder:schema";

ponder.on("ChainClock:block", async ({ event, context }) => {
  const clock = { blockNumber: event.block.number, blockHash: event.block.hash, timestamp: event.block.timestamp };
  await context.db
    .insert(chainClock)
    .values({ id: 1, ...clock })
    .onConflictDoUpdate(clock);
});
