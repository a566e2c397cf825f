import type { Context } from "ponder:registry";
import { prover, vaultSnapshot } from "ponder:schema";
import type { Address } from "viem";
import { sharePrice } from "../../../lib/math/share-price";
import { eventId } from "./event-id";
import { updateNetwork } from "./network";

type Db = Context["db"];
type LogEvent = { block: { number: bigint; timestamp: bigint }; log: { logIndex: number } };

export type VaultChange = {
  cause: "stake" | "unstake" | "reward" | "slash" | "sweep" | "donation";
  /** Change of the vault's assets; `setAssets` replaces them instead (a sweep empties the vault). */
  assets?: bigint;
  setAssets?: bigint;
  supply?: bigint;
};

/**
 * Vault totals move only through the controller (stake, unstake, reward donation, slash,
 * sweep), so they are kept from events instead of read from chain; every change is a
 * share-price snapshot.
 */
export async function changeVault(db: Db, event: LogEvent, proverAddress: Address, change: VaultChange) {
  const row = await db.find(prover, { address: proverAddress });
  if (!row) return;
  // Ponder's store hands out the cached row itself, which the update below changes: copy first.
  const previousAssets = row.totalAssets;
  const totalAssets = change.setAssets ?? previousAssets + (change.assets ?? 0n);
  const totalSupply = row.totalSupply + (change.supply ?? 0n);
  const price = sharePrice(totalAssets, totalSupply);
  await db.update(prover, { address: proverAddress }).set({ totalAssets, totalSupply, sharePrice: price });
  await db.insert(vaultSnapshot).values({
    id: eventId(event),
    prover: proverAddress,
    cause: change.cause,
    totalAssets,
    totalSupply,
    sharePrice: price,
    timestamp: event.block.timestamp,
    blockNumber: event.block.number,
    logIndex: event.log.logIndex,
  });
  const delta = totalAssets - previousAssets;
  if (delta !== 0n) {
    await updateNetwork(db, event.block.timestamp, (row) => ({ totalAssets: row.totalAssets + delta }));
  }
}
