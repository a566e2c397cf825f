import { type Context, ponder } from "ponder:registry";
import {
  bid,
  bidEvent,
  network,
  pendingMarketReward,
  prover,
  request,
  slash,
  statsEpoch,
  submitter,
} from "ponder:schema";
import type { Address, Hex } from "viem";
import { eventId } from "../lib/event-id";
import { addMarketStats } from "../lib/market-stats";
import { addDaily, readNetwork } from "../lib/network";

/**
 * The phase lengths only the API uses (the market computes phase ends from the durations in
 * force when read): read once from the latest block, then kept by their events.
 */
async function rememberPhaseDurations(context: Context<"BrevisMarket:NewRequest">) {
  const current = await readNetwork(context.db);
  if (current.biddingPhaseDuration !== null && current.revealPhaseDuration !== null) return;
  const market = { abi: context.contracts.BrevisMarket.abi, address: context.contracts.BrevisMarket.address };
  const [bidding, reveal] = await Promise.all([
    context.client.readContract({ ...market, functionName: "biddingPhaseDuration", cache: "immutable" }),
    context.client.readContract({ ...market, functionName: "revealPhaseDuration", cache: "immutable" }),
  ]);
  await context.db.update(network, { id: current.id }).set({
    biddingPhaseDuration: current.biddingPhaseDuration ?? BigInt(bidding),
    revealPhaseDuration: current.revealPhaseDuration ?? BigInt(reveal),
  });
}

ponder.on("BrevisMarket:BiddingPhaseDurationUpdated", async ({ event, context }) => {
  const current = await readNetwork(context.db);
  await context.db.update(network, { id: current.id }).set({ biddingPhaseDuration: event.args.newDuration });
});

ponder.on("BrevisMarket:RevealPhaseDurationUpdated", async ({ event, context }) => {
  const current = await readNetwork(context.db);
  await context.db.update(network, { id: current.id }).set({ revealPhaseDuration: event.args.newDuration });
});

type ProverRow = typeof prover.$inferSelect;

/** Bids, reveals and proofs are what the market stamps a prover's `lastActiveAt` with. */
async function touchProver(
  db: Context["db"],
  address: Address,
  timestamp: bigint,
  change: (row: ProverRow) => Partial<ProverRow>,
) {
  await db.update(prover, { address }).set((row) => ({ ...change(row), lastActiveAt: timestamp }));
}

/** The market's obligation bookkeeping: a request's minStake is bound to its winner, never below zero. */
async function bindStake(db: Context["db"], address: Address, delta: bigint) {
  await db.update(prover, { address }).set((row) => {
    const next = row.assignedStake + delta;
    return { assignedStake: next < 0n ? 0n : next };
  });
}

ponder.on("BrevisMarket:NewRequest", async ({ event, context }) => {
  const { reqid, req } = event.args;
  await rememberPhaseDurations(context);
  await context.db.insert(request).values({
    reqid,
    requester: event.transaction.from,
    nonce: req.nonce,
    vk: req.vk,
    version: req.version,
    maxFee: req.fee.maxFee,
    minStake: req.fee.minStake,
    deadline: req.fee.deadline,
    createdAt: event.block.timestamp,
    status: "pending",
    bids: 0,
    reveals: 0,
  });
  await addMarketStats(context.db, null, {}, { requests: 1 });
  await addDaily(context.db, event.block.timestamp, { requests: 1 });
});

type MarketLog = {
  block: { number: bigint; timestamp: bigint };
  log: { logIndex: number };
  transaction: { hash: Hex };
};

/** A bid or reveal as it happened, for the request's story. */
async function recordBidEvent(
  db: Context["db"],
  event: MarketLog,
  row: { reqid: Hex; prover: Address; kind: "bid" | "reveal"; bidHash?: Hex; fee?: bigint },
) {
  await db.insert(bidEvent).values({
    id: eventId(event),
    reqid: row.reqid,
    prover: row.prover,
    kind: row.kind,
    bidHash: row.bidHash ?? null,
    fee: row.fee ?? null,
    timestamp: event.block.timestamp,
    blockNumber: event.block.number,
    logIndex: event.log.logIndex,
    txHash: event.transaction.hash,
  });
}

/**
 * What submitProof paid the winner: the market's RewardsAdded for it just before in the same
 * transaction (a batch of proofs in one transaction has one each), taken so the next proof
 * cannot count it again; zero when the market paid no reward (its fee was all protocol fee).
 */
async function winnerReward(db: Context["db"], event: MarketLog, winner: Address): Promise<bigint> {
  const pending = await db.find(pendingMarketReward, { prover: winner });
  if (!pending) return 0n;
  const amount = pending.txHash === event.transaction.hash ? pending.amount : 0n;
  await db.delete(pendingMarketReward, { prover: winner });
  return amount;
}

// A prover may replace its sealed bid while bidding lasts: the request counts the prover once
// (the market's bidCount), the prover's stats count every bid.
ponder.on("BrevisMarket:NewBid", async ({ event, context }) => {
  const { reqid, prover: address, bidHash } = event.args;
  const timestamp = event.block.timestamp;
  const existing = await context.db.find(bid, { reqid, prover: address });
  if (existing) {
    await context.db.update(bid, { reqid, prover: address }).set({ bidHash, placedAt: timestamp });
  } else {
    await context.db.insert(bid).values({ reqid, prover: address, bidHash, placedAt: timestamp });
    await context.db.update(request, { reqid }).set((row) => ({ bids: row.bids + 1 }));
  }
  await recordBidEvent(context.db, event, { reqid, prover: address, kind: "bid", bidHash });
  await touchProver(context.db, address, timestamp, (row) => ({ bids: row.bids + 1 }));
  await addMarketStats(context.db, address, { bids: 1 }, {});
});

// Ranked exactly as the market ranks (lowest fee wins, the first to reveal keeps a tie). The same
// bid may be revealed again: the market ranks it again, so a winner revealing twice also takes
// second place (and is paid its own fee), and its stats count both reveals.
ponder.on("BrevisMarket:BidRevealed", async ({ event, context }) => {
  const { reqid, prover: address, fee } = event.args;
  const timestamp = event.block.timestamp;
  const placed = await context.db.find(bid, { reqid, prover: address });
  const firstReveal = (placed?.revealedAt ?? null) === null;
  await context.db.update(bid, { reqid, prover: address }).set({ fee, revealedAt: timestamp });
  const current = await context.db.find(request, { reqid });
  if (!current) throw new Error(`BidRevealed on ${reqid}, a request never indexed.`);
  const previousWinner = current.winner;
  let ranking: Partial<typeof request.$inferInsert> = {};
  if (current.winner === null || current.winnerFee === null || fee < current.winnerFee) {
    ranking = { winner: address, winnerFee: fee, secondPlace: current.winner, secondFee: current.winnerFee };
  } else if (current.secondPlace === null || current.secondFee === null || fee < current.secondFee) {
    ranking = { secondPlace: address, secondFee: fee };
  }
  const minStake = current.minStake;
  await context.db.update(request, { reqid }).set({ ...ranking, reveals: current.reveals + (firstReveal ? 1 : 0) });
  const winner = ranking.winner ?? previousWinner;
  if (winner !== previousWinner) {
    if (previousWinner !== null) await bindStake(context.db, previousWinner, -minStake);
    if (winner) await bindStake(context.db, winner, minStake);
  }
  await recordBidEvent(context.db, event, { reqid, prover: address, kind: "reveal", fee });
  await touchProver(context.db, address, timestamp, (row) => ({ reveals: row.reveals + 1 }));
  await addMarketStats(context.db, address, { reveals: 1 }, {});
});

// actualFee is what the requester paid (the second price); the prover's part after the protocol
// fee arrived just before as the market's RewardsAdded (counted there as feeReceived).
ponder.on("BrevisMarket:ProofSubmitted", async ({ event, context }) => {
  const { reqid, prover: address, actualFee } = event.args;
  const timestamp = event.block.timestamp;
  const protocolFee = actualFee - (await winnerReward(context.db, event, address));
  const settled = await context.db
    .update(request, { reqid })
    .set({ status: "fulfilled", actualFee, settledAt: timestamp, protocolFee });
  await bindStake(context.db, address, -settled.minStake);
  await touchProver(context.db, address, timestamp, (row) => ({ wins: row.wins + 1, fulfilled: row.fulfilled + 1 }));
  await addMarketStats(context.db, address, { fulfilled: 1 }, { fulfilled: 1 });
  await addDaily(context.db, timestamp, { fulfilled: 1 });
});

// A refund releases the winner's bound stake; only a missed deadline counts against the winner.
ponder.on("BrevisMarket:Refunded", async ({ event, context }) => {
  const { reqid } = event.args;
  const timestamp = event.block.timestamp;
  const settled = await context.db.update(request, { reqid }).set({ status: "refunded", settledAt: timestamp });
  if (settled.winner !== null) {
    await bindStake(context.db, settled.winner, -settled.minStake);
    if (timestamp > settled.deadline) {
      await context.db.update(prover, { address: settled.winner }).set((row) => ({
        wins: row.wins + 1,
        failed: row.failed + 1,
      }));
      await addMarketStats(context.db, settled.winner, { refunded: 1 }, {});
    }
  }
  await addDaily(context.db, timestamp, { refunded: 1 });
});

// slashAmount is what the market asked for; what was taken is the controller's ProverSlashed,
// emitted just before (none when the controller had nothing to take).
ponder.on("BrevisMarket:ProverSlashed", async ({ event, context }) => {
  const { reqid, prover: address, slashAmount } = event.args;
  const id = eventId({ block: event.block, log: { logIndex: event.log.logIndex - 1 } });
  const taken = await context.db.find(slash, { id });
  const matches = taken !== null && taken.prover.toLowerCase() === address.toLowerCase();
  if (matches) await context.db.update(slash, { id }).set({ kind: "market", reqid, requested: slashAmount });
  await context.db.update(request, { reqid }).set({ status: "slashed", slashedAmount: matches ? taken.amount : 0n });
});

ponder.on("BrevisMarket:SubmitterRegistered", async ({ event, context }) => {
  const { prover: address, submitter: account } = event.args;
  await context.db
    .insert(submitter)
    .values({ prover: address, submitter: account, active: true, registeredAt: event.block.timestamp })
    .onConflictDoUpdate({ active: true, registeredAt: event.block.timestamp, unregisteredAt: null });
});

ponder.on("BrevisMarket:SubmitterUnregistered", async ({ event, context }) => {
  const { prover: address, submitter: account } = event.args;
  if (await context.db.find(submitter, { prover: address, submitter: account })) {
    await context.db
      .update(submitter, { prover: address, submitter: account })
      .set({ active: false, unregisteredAt: event.block.timestamp });
  }
});

/** Stats epoch 0 starts when the market was initialized, which no event tells: read once (it never changes). */
async function ensureFirstStatsEpoch(context: Context<"BrevisMarket:StatsEpochScheduled">) {
  if (await context.db.find(statsEpoch, { id: 0 })) return;
  const [startAt] = await context.client.readContract({
    abi: context.contracts.BrevisMarket.abi,
    address: context.contracts.BrevisMarket.address,
    functionName: "statsEpochs",
    args: [0n],
    cache: "immutable",
  });
  await context.db.insert(statsEpoch).values({ id: 0, startAt: BigInt(startAt), endAt: null });
}

ponder.on("BrevisMarket:StatsEpochScheduled", async ({ event, context }) => {
  const startAt = BigInt(event.args.scheduledStartAt);
  await ensureFirstStatsEpoch(context);
  const current = await readNetwork(context.db);
  const id = current.statsEpochCount;
  await context.db.update(statsEpoch, { id: id - 1 }).set({ endAt: startAt });
  await context.db.insert(statsEpoch).values({ id, startAt, endAt: null });
  await context.db.update(network, { id: current.id }).set({ statsEpochCount: id + 1 });
});

ponder.on("BrevisMarket:StatsEpochPopped", async ({ event, context }) => {
  const current = await readNetwork(context.db);
  const last = current.statsEpochCount - 1;
  const popped = await context.db.find(statsEpoch, { id: last });
  if (!popped || popped.startAt !== BigInt(event.args.poppedStartAt)) {
    throw new Error(`StatsEpochPopped(${event.args.poppedStartAt}) does not match the last scheduled stats epoch.`);
  }
  await context.db.delete(statsEpoch, { id: last });
  await context.db.update(statsEpoch, { id: last - 1 }).set({ endAt: null });
  await context.db.update(network, { id: current.id }).set({ statsEpochCount: last });
});

ponder.on("BrevisMarket:StatsReset", async ({ event, context }) => {
  const current = await readNetwork(context.db);
  await context.db.update(network, { id: current.id }).set({ statsEpoch: Number(event.args.newEpochId) });
});
