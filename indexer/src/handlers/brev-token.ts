import { ponder } from "ponder:registry";
import { vault } from "ponder:schema";
import { changeVault } from "../lib/vault-totals";

// Every protocol movement into a vault comes from the controller (deposits, reward donations)
// and is counted by its own event; anything else sent to a vault is a donation to its holders.
ponder.on("BrevToken:Transfer", async ({ event, context }) => {
  const { from, to, value } = event.args;
  if (value === 0n || from.toLowerCase() === context.contracts.StakingController.address.toLowerCase()) return;
  const target = await context.db.find(vault, { address: to });
  if (!target) return;
  await changeVault(context.db, event, target.prover, { cause: "donation", assets: value });
});
