import type { Context } from "ponder:registry";
import { commissionOverride, prover, proverLife, vault } from "ponder:schema";
import { eq } from "ponder";
import type { Address } from "viem";
import type { ShareUnits } from "../../../lib/math/share-price";

type Db = Context["db"];
type ProverRow = typeof prover.$inferSelect;

/** The staking figures a life starts with; market activity belongs to the address and carries over. */
function freshLife(vaultAddress: Address, decimals: ShareUnits) {
  return {
    vault: vaultAddress,
    ...decimals,
    state: 0,
    retired: false,
    retiredAt: null,
    defaultCommissionBps: 0,
    name: "",
    iconUrl: "",
    joinedAt: 0n,
    joinedBlock: 0n,
    totalAssets: 0n,
    totalSupply: 0n,
    sharePrice: 0n,
    pendingUnstake: 0n,
    slashingScale: 10_000,
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
  } satisfies Partial<ProverRow>;
}

/**
 * Opens a prover's life at the first event of its vault. `initializeProver` mints the prover's
 * self-stake (vault `Transfer`, then `Staked`) before it emits `ProverInitialized`, so the life
 * starts here and `ProverInitialized` completes it. A retired address starts its next life.
 */
export async function openProverLife(db: Db, address: Address, vaultAddress: Address, decimals: ShareUnits) {
  await db.insert(vault).values({ address: vaultAddress, prover: address }).onConflictDoNothing();
  const previous = await db.find(prover, { address });
  if (!previous) {
    await db.insert(prover).values({
      address,
      life: 1,
      ...freshLife(vaultAddress, decimals),
      bids: 0,
      reveals: 0,
      wins: 0,
      fulfilled: 0,
      failed: 0,
      assignedStake: 0n,
    });
    return;
  }
  if (!previous.retired) return;
  await db.insert(proverLife).values({
    prover: address,
    life: previous.life,
    vault: previous.vault,
    joinedAt: previous.joinedAt,
    retiredAt: previous.retiredAt ?? 0n,
  });
  await db.update(prover, { address }).set({ life: previous.life + 1, ...freshLife(vaultAddress, decimals) });
}

/**
 * `retireProver` deleted the prover on chain (state Null, its commission rates gone, no event of
 * the state change): returns the state it had.
 */
export async function closeProverLife(db: Db, address: Address, timestamp: bigint): Promise<number> {
  const before = await db.find(prover, { address });
  if (!before) throw new Error(`ProverRetired for ${address}, which never registered.`);
  // Copied before the update: Ponder's store hands out the cached row itself.
  const state = before.state;
  await db.update(prover, { address }).set({ state: 0, retired: true, retiredAt: timestamp });
  await db.sql.delete(commissionOverride).where(eq(commissionOverride.prover, address));
  return state;
}
