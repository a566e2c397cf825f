import { type Context, ponder } from "ponder:registry";
import { prover, vault } from "ponder:schema";
import { type Address, zeroAddress } from "viem";
import { convertToAssets } from "../../../lib/math/share-price";
import { changeShares, recordStakeEvent, updatePosition } from "../lib/positions";
import { changeVault } from "../lib/vault-totals";

async function proverOfVault(db: Context["db"], address: Address) {
  const row = await db.find(vault, { address });
  if (!row) throw new Error(`Vault ${address} was never announced by ProverInitialized.`);
  return row.prover;
}

ponder.on("ProverVault:Transfer", async ({ event, context }) => {
  const { from, to, value } = event.args;
  const proverAddress = await proverOfVault(context.db, event.log.address);
  if (from !== zeroAddress) await changeShares(context.db, event, proverAddress, from, -value);
  if (to !== zeroAddress) await changeShares(context.db, event, proverAddress, to, value);
  if (from === zeroAddress || to === zeroAddress || value === 0n) return;

  // Between holders, shares carry their value at the moment of the transfer.
  const totals = await context.db.find(prover, { address: proverAddress });
  const amount = totals ? convertToAssets(value, totals.totalAssets, totals.totalSupply) : 0n;
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

// Slashes send assets to the treasury; the controller's sweep of unowned assets (a vault with no
// shares) sends them to itself and empties the vault.
ponder.on("ProverVault:ControllerSlash", async ({ event, context }) => {
  const proverAddress = await proverOfVault(context.db, event.log.address);
  const sweep = event.args.to.toLowerCase() === context.contracts.StakingController.address.toLowerCase();
  await changeVault(
    context.db,
    event,
    proverAddress,
    sweep ? { cause: "sweep", setAssets: 0n } : { cause: "slash", assets: -event.args.assets },
  );
});
