import type { Context } from "ponder:registry";
import { position, prover, staker, stakerHistory, vaultHolders } from "ponder:schema";
import type { Address, Hex } from "viem";
import type { SourceKind } from "../../../lib/indexer/source-kinds";
import { eventId } from "./event-id";
import { updateNetwork } from "./network";

type Db = Context["db"];
type LogEvent = {
  block: { number: bigint; timestamp: bigint };
  log: { logIndex: number };
  transaction: { hash: Hex };
};
type PositionRow = typeof position.$inferSelect;

export async function readPosition(db: Db, proverAddress: Address, stakerAddress: Address, timestamp: bigint) {
  const key = { prover: proverAddress, staker: stakerAddress };
  const row = await db.find(position, key);
  if (row) return row;
  return db.insert(position).values({
    ...key,
    shares: 0n,
    costBasis: 0n,
    withdrawn: 0n,
    unstakeNext: 0,
    unstakeHead: 0,
    firstAt: timestamp,
    updatedAt: timestamp,
  });
}

export async function updatePosition(
  db: Db,
  proverAddress: Address,
  stakerAddress: Address,
  timestamp: bigint,
  change: (row: PositionRow) => Partial<PositionRow>,
) {
  const row = await readPosition(db, proverAddress, stakerAddress, timestamp);
  return db
    .update(position, { prover: proverAddress, staker: stakerAddress })
    .set({ ...change(row), updatedAt: timestamp });
}

/**
 * Moves a holder's share balance (from the vault's Transfer events, so share transfers between
 * holders count too) and keeps the prover's and the network's staker counts.
 */
export async function changeShares(db: Db, event: LogEvent, proverAddress: Address, holder: Address, delta: bigint) {
  const timestamp = event.block.timestamp;
  // Values are copied out before updating: Ponder's store hands out the cached row itself.
  const previousShares = (await readPosition(db, proverAddress, holder, timestamp)).shares;
  const shares = previousShares + delta;
  await db.update(position, { prover: proverAddress, staker: holder }).set({ shares, updatedAt: timestamp });
  await updateHolders(db, proverAddress, holder, shares);
  const opened = previousShares === 0n && shares > 0n;
  const closed = previousShares > 0n && shares === 0n;
  if (!opened && !closed) return;
  const step = opened ? 1 : -1;
  await db.update(prover, { address: proverAddress }).set((row) => ({ stakers: row.stakers + step }));
  const wasOpen = (
    (await db.find(staker, { address: holder })) ??
    (await db.insert(staker).values({ address: holder, openPositions: 0, firstAt: timestamp }))
  ).openPositions;
  const openPositions = wasOpen + step;
  await db.update(staker, { address: holder }).set({ openPositions });
  if (wasOpen === 0 || openPositions === 0) {
    await updateNetwork(db, timestamp, (row) => ({ stakers: row.stakers + step }));
  }
}

/** Sets a holder's shares in its vault's holder list; a holder left with none leaves the list. */
async function updateHolders(db: Db, proverAddress: Address, holder: Address, held: bigint) {
  const row = await db.find(vaultHolders, { prover: proverAddress });
  const holders = row ? [...row.holders] : [];
  const shares = row ? [...row.shares] : [];
  const at = holders.indexOf(holder);
  if (at === -1 && held > 0n) {
    holders.push(holder);
    shares.push(held);
  } else if (at !== -1 && held > 0n) {
    shares[at] = held;
  } else if (at !== -1) {
    holders.splice(at, 1);
    shares.splice(at, 1);
  } else {
    return;
  }
  if (row) await db.update(vaultHolders, { prover: proverAddress }).set({ holders, shares });
  else await db.insert(vaultHolders).values({ prover: proverAddress, holders, shares });
}

export type StakeEventKind = "stake" | "unstake_request" | "unstake_complete" | "transfer_in" | "transfer_out";

/**
 * A change of a holder's position, in its history, with the shares it leaves. The vault mints
 * only in a stake and burns only in an unstake request, each before the controller's log, and
 * share transfers are recorded after both sides moved: so the position's balance here is the
 * running sum of the history's steps, and every row of one log carries the same total.
 */
export async function recordStakeEvent(
  db: Db,
  event: LogEvent,
  entry: { prover: Address; staker: Address; kind: StakeEventKind; shares: bigint; amount: bigint },
) {
  const held = await readPosition(db, entry.prover, entry.staker, event.block.timestamp);
  await db.insert(stakerHistory).values({
    id: `${eventId(event)}-${entry.kind}`,
    ...entry,
    sharesAfter: held.shares,
    source: null,
    timestamp: event.block.timestamp,
    blockNumber: event.block.number,
    logIndex: event.log.logIndex,
    txHash: event.transaction.hash,
  });
}

/**
 * Each holder's part of a reward, in its history: toStakers × its shares / the vault's supply,
 * both as they stood just before the reward (called before the reward moves the vault's totals).
 */
export async function recordRewardParts(
  db: Db,
  event: LogEvent,
  entry: { prover: Address; source: SourceKind; toStakers: bigint; totalSupply: bigint },
) {
  if (entry.toStakers === 0n || entry.totalSupply === 0n) return;
  const row = await db.find(vaultHolders, { prover: entry.prover });
  const parts = (row?.holders ?? []).map((holder, i) => ({
    staker: holder,
    amount: (entry.toStakers * (row?.shares[i] ?? 0n)) / entry.totalSupply,
  }));
  const rows = parts
    .filter((part) => part.amount > 0n)
    .map((part) => ({
      id: `${eventId(event)}-reward-${part.staker}`,
      prover: entry.prover,
      staker: part.staker,
      kind: "reward",
      source: entry.source,
      shares: 0n,
      sharesAfter: null,
      amount: part.amount,
      timestamp: event.block.timestamp,
      blockNumber: event.block.number,
      logIndex: event.log.logIndex,
      txHash: event.transaction.hash,
    }));
  if (rows.length > 0) await db.insert(stakerHistory).values(rows);
}
