import { type Context, ponder } from "ponder:registry";
import { bid, network, prover, request, slash, submitter } from "ponder:schema";
import type { Address } from "viem";
import { addDaily, readNetwork } from "../lib/network";
import { slashId } from "./staking-controller";

/**
 * Phase lengths are market parameters without an event in the reference interface: read once,
 * from the latest block (a pruned devnet or a non-archive RPC cannot answer for old blocks).
 */
async function phaseDurations(context: Context<"BrevisMarket:NewRequest">) {
  const current = await readNetwork(context.db);
  if (current.biddingPhaseDuration !== null && current.revealPhaseDuration !== null) {
    return { bidding: current.biddingPhaseDuration, reveal: current.revealPhaseDuration };
  }
  const market = { abi: context.contracts.BrevisMarket.abi, address: context.contracts.BrevisMarket.address };
  const [bidding, reveal] = await Promise.all([
    context.client.readContract({ ...market, functionName: "biddingPhaseDuration", cache: "immutable" }),
    context.client.readContract({ ...market, functionName: "revealPhaseDuration", cache: "immutable" }),
  ]);
  await context.db
    .update(network, { id: current.id })
    .set({ biddingPhaseDuration: BigInt(bidding), revealPhaseDuration: BigInt(reveal) });
  return { bidding: BigInt(bidding), reveal: BigInt(reveal) };
}

type ProverRow = typeof prover.$inferSelect;

/** Bids, reveals and proofs are what the market counts as a prover's activity. */
async function touchProver(
  db: Context["db"],
  address: Address,
  timestamp: bigint,
  change: (row: ProverRow) => Partial<ProverRow>,
) {
  await db.update(prover, { address }).set((row) => ({ ...change(row), lastActiveAt: timestamp }));
}

ponder.on("BrevisMarket:NewRequest", async ({ event, context }) => {
  const { reqid, req } = event.args;
  const phases = await phaseDurations(context);
  const createdAt = event.block.timestamp;
  await context.db.insert(request).values({
    reqid,
    requester: event.transaction.from,
    nonce: req.nonce,
    vk: req.vk,
    version: req.version,
    maxFee: req.fee.maxFee,
    minStake: req.fee.minStake,
    deadline: req.fee.deadline,
    biddingEnd: createdAt + phases.bidding,
    revealEnd: createdAt + phases.bidding + phases.reveal,
    createdAt,
    status: "pending",
    bids: 0,
    reveals: 0,
  });
  await addDaily(context.db, createdAt, { requests: 1 });
});

// A prover may replace its sealed bid during the bidding phase; like the market, count it once.
ponder.on("BrevisMarket:NewBid", async ({ event, context }) => {
  const { reqid, prover: address, bidHash } = event.args;
  const timestamp = event.block.timestamp;
  const existing = await context.db.find(bid, { reqid, prover: address });
  if (existing) {
    await context.db.update(bid, { reqid, prover: address }).set({ bidHash, placedAt: timestamp });
    await touchProver(context.db, address, timestamp, () => ({}));
    return;
  }
  await context.db.insert(bid).values({ reqid, prover: address, bidHash, placedAt: timestamp });
  await context.db.update(request, { reqid }).set((row) => ({ bids: row.bids + 1 }));
  await touchProver(context.db, address, timestamp, (row) => ({ bids: row.bids + 1 }));
});

// The same ranking as the market: the lowest fee wins, the first to reveal keeps a tie; the
// winner's request stake is assigned to it until it is outbid or the request settles.
ponder.on("BrevisMarket:BidRevealed", async ({ event, context }) => {
  const { reqid, prover: address, fee } = event.args;
  const timestamp = event.block.timestamp;
  await context.db.update(bid, { reqid, prover: address }).set({ fee, revealedAt: timestamp });
  const current = await context.db.find(request, { reqid });
  if (!current) return;
  let ranking: Partial<typeof request.$inferInsert> = {};
  if (current.winner === null || current.winnerFee === null || fee < current.winnerFee) {
    if (current.winner !== null) {
      await context.db
        .update(prover, { address: current.winner })
        .set((row) => ({ assignedStake: row.assignedStake - current.minStake }));
    }
    await context.db
      .update(prover, { address })
      .set((row) => ({ assignedStake: row.assignedStake + current.minStake }));
    ranking = { winner: address, winnerFee: fee, secondPlace: current.winner, secondFee: current.winnerFee };
  } else if (current.secondFee === null || fee < current.secondFee) {
    ranking = { secondPlace: address, secondFee: fee };
  }
  await context.db.update(request, { reqid }).set({ ...ranking, reveals: current.reveals + 1 });
  await touchProver(context.db, address, timestamp, (row) => ({ reveals: row.reveals + 1 }));
});

ponder.on("BrevisMarket:ProofSubmitted", async ({ event, context }) => {
  const { reqid, prover: address, actualFee } = event.args;
  const timestamp = event.block.timestamp;
  const settled = await context.db
    .update(request, { reqid })
    .set({ status: "fulfilled", actualFee, settledAt: timestamp });
  await touchProver(context.db, address, timestamp, (row) => ({
    wins: row.wins + 1,
    fulfilled: row.fulfilled + 1,
    feesEarned: row.feesEarned + actualFee,
    assignedStake: row.assignedStake - settled.minStake,
  }));
  await addDaily(context.db, timestamp, { fulfilled: 1 });
});

ponder.on("BrevisMarket:Refunded", async ({ event, context }) => {
  const { reqid } = event.args;
  const settled = await context.db
    .update(request, { reqid })
    .set({ status: "refunded", settledAt: event.block.timestamp });
  if (settled.winner !== null) {
    await context.db.update(prover, { address: settled.winner }).set((row) => ({
      wins: row.wins + 1,
      failed: row.failed + 1,
      assignedStake: row.assignedStake - settled.minStake,
    }));
  }
  await addDaily(context.db, event.block.timestamp, { refunded: 1 });
});

ponder.on("BrevisMarket:ProverSlashed", async ({ event, context }) => {
  const { reqid, prover: address, slashAmount } = event.args;
  await context.db.update(request, { reqid }).set({ status: "slashed", slashedAmount: slashAmount });
  const id = slashId(event.transaction.hash, address);
  if (await context.db.find(slash, { id })) {
    await context.db.update(slash, { id }).set({ kind: "market", reqid });
  }
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
