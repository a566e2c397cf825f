import { type Context, ponder } from "ponder:registry";
import { prover, vault } from "ponder:schema";
import { type Address, zeroAddress } from "viem";
import { convertToAssets, type ShareUnits } from "../../../lib/math/share-price";
import { changeShares, recordStakeEvent, updatePosition } from "../lib/positions";
import { openProverLife } from "../lib/prover-life";
import { changeVault } from "../lib/vault-totals";

/** Shares' decimals as the vault reports them, and the offset over its asset's (both fixed at deployment). */
async function readShareDecimals(context: Context<"ProverVault:Transfer">, address: Address): Promise<ShareUnits> {
  const [shareDecimals, assetDecimals] = await Promise.all([
    context.client.readContract({
      abi: context.contracts.ProverVault.abi,
      address,
      functionName: "decimals",
      cache: "immutable",
    }),
    context.client.readContract({
      abi: context.contracts.BrevToken.abi,
      address: context.contracts.BrevToken.address,
      functionName: "decimals",
      cache: "immutable",
    }),
  ]);
  return { shareDecimals, decimalsOffset: shareDecimals - assetDecimals };
}

/**
 * The prover a vault belongs to. A vault's first event is the mint of its prover's initial
 * self-stake, before the controller announces the vault (`ProverInitialized` comes last in
 * `initializeProver`): that mint opens the prover's life.
 */
async function proverOfVault(
  context: Context<"ProverVault:Transfer">,
  event: { args: { from: Address; to: Address } },
  address: Address,
) {
  const known = await context.db.find(vault, { address });
  if (known) {
    const row = await context.db.find(prover, { address: known.prover });
    if (row && !row.retired) return known.prover;
  }
  if (event.args.from !== zeroAddress) throw new Error(`Vault ${address} moved shares before its prover registered.`);
  await openProverLife(context.db, event.args.to, address, await readShareDecimals(context, address));
  return event.args.to;
}

ponder.on("ProverVault:Transfer", async ({ event, context }) => {
  const { from, to, value } = event.args;
  const proverAddress = await proverOfVault(context, event, event.log.address);
  if (from !== zeroAddress) await changeShares(context.db, event, proverAddress, from, -value);
  if (to !== zeroAddress) await changeShares(context.db, event, proverAddress, to, value);
  if (from === zeroAddress || to === zeroAddress || value === 0n) return;

  // Between holders (shares are plain ERC-20s: no Staked, no controller event), shares carry
  // their value at the moment of the transfer.
  const totals = await context.db.find(prover, { address: proverAddress });
  const amount = totals ? convertToAssets(value, totals.totalAssets, totals.totalSupply, totals) : 0n;
  const timestamp = event.block.timestamp;
  await updatePosition(context.db, proverAddress, from, timestamp, (row) => ({ withdrawn: row.withdrawn + amount }));
  await updatePosition(context.db, proverAddress, to, timestamp, (row) => ({ costBasis: row.costBasis + amount }));
  await recordStakeEvent(context.db, event, {
    prover: proverAddress,
    staker: from,
    kind: "transfer_out",
    shares: value,
    amount,
  });
  await recordStakeEvent(context.db, event, {
    prover: proverAddress,
    staker: to,
    kind: "transfer_in",
    shares: value,
    amount,
  });
});

// Assets leave a vault only to the controller: a slash (its ProverSlashed follows) or, when
// the prover retires with no shares left, the sweep of every remaining wei to the treasury.
ponder.on("ProverVault:ControllerSlash", async ({ event, context }) => {
  const known = await context.db.find(vault, { address: event.log.address });
  if (!known) throw new Error(`ControllerSlash from ${event.log.address}, a vault never announced.`);
  const row = await context.db.find(prover, { address: known.prover });
  const sweep = row !== null && row.totalSupply === 0n && event.args.assets === row.totalAssets;
  await changeVault(context.db, event, known.prover, { cause: sweep ? "sweep" : "slash", assets: -event.args.assets });
});
