import type { Context } from "ponder:registry";
import { prover, proverDailyStake, vaultSnapshot } from "ponder:schema";
import type { Address } from "viem";
import { sharePrice } from "../../../lib/math/share-price";
import { dayOf, eventId } from "./event-id";
import { updateNetwork } from "./network";

type Db = Context["db"];
type LogEvent = { block: { number: bigint; timestamp: bigint }; log: { logIndex: number } };

export type VaultChange = {
  cause: "stake" | "unstake" | "reward" | "slash" | "sweep" | "donation";
  /** Change of the vault's assets and of its share supply. */
  assets?: bigint;
  supply?: bigint;
};

/**
 * Vault totals move only through the controller (stake, unstake, reward donation, slash, the
 * retirement sweep) and plain BREV transfers to the vault, so they are kept from events
 * instead of read from chain; every change is a share-price snapshot.
 */
export async function changeVault(db: Db, event: LogEvent, proverAddress: Address, change: VaultChange) {
  const row = await db.find(prover, { address: proverAddress });
  if (!row) throw new Error(`Vault change (${change.cause}) for ${proverAddress}, which never registered.`);
  // Ponder's store hands out the cached row itself, which the update below changes: copy first.
  const previousAssets = row.totalAssets;
  const counted = !row.retired;
  const totalAssets = previousAssets + (change.assets ?? 0n);
  const totalSupply = row.totalSupply + (change.supply ?? 0n);
  // With no shares left (everyone out, or a retired prover's swept vault) the vault would price
  // only its virtual share, which a wei of dust doubles: keep the last real price instead.
  const price = totalSupply === 0n ? row.sharePrice : sharePrice(totalAssets, totalSupply, row);
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
  await recordDailyStake(db, proverAddress, event.block.timestamp, totalAssets, counted);
  const delta = totalAssets - previousAssets;
  // A retired prover's vault is off the controller's lists and out of its totals.
  if (delta !== 0n && counted) {
    await updateNetwork(db, event.block.timestamp, (row) => ({ totalAssets: row.totalAssets + delta }));
  }
}

/** The prover's stake at the end of the day so far: the day's last change wins. */
export async function recordDailyStake(
  db: Db,
  proverAddress: Address,
  timestamp: bigint,
  stake: bigint,
  registered: boolean,
) {
  await db
    .insert(proverDailyStake)
    .values({ prover: proverAddress, day: dayOf(timestamp), stake, registered })
    .onConflictDoUpdate({ stake, registered });
}
