import { mnemonicToAccount } from "viem/accounts";
import { startChild } from "../lib/children.mjs";
import { assertPortFree } from "../lib/ports.mjs";
import { rpc, waitFor } from "../lib/wait.mjs";
import { foundryBin } from "./foundry.mjs";

export const DEV_MNEMONIC = "test test test test test test test test test test test junk";
export const DEVNET_CHAIN_ID = 31337;

/** The first ten accounts of the dev mnemonic, as anvil derives them. */
export const DEV_ACCOUNTS = Array.from(
  { length: 10 },
  (_, addressIndex) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex }).address,
);

/**
 * @typedef {object} AnvilOptions
 * @property {number} port
 * @property {string} portEnvVar the variable a person sets to move it, named when the port is busy
 * @property {string} logFile
 * @property {string} [loadState] chain state to start from (anvil --load-state)
 * @property {string} [dumpState] where anvil writes its state when stopped (SIGTERM)
 * @property {number} [blockTime] seconds between blocks; automine when absent
 * @property {string} [forkUrl]
 * @property {number | bigint} [forkBlockNumber]
 */

/**
 * Starts anvil on 127.0.0.1 and resolves once it answers JSON-RPC.
 * @param {AnvilOptions} options
 */
export async function startAnvil({
  port,
  portEnvVar,
  logFile,
  loadState,
  dumpState,
  blockTime,
  forkUrl,
  forkBlockNumber,
}) {
  await assertPortFree(port, portEnvVar, "anvil");
  const args = ["--host", "127.0.0.1", "--port", String(port), "--mnemonic", DEV_MNEMONIC, "--accounts", "10"];
  if (forkUrl) {
    args.push("--fork-url", forkUrl);
    if (forkBlockNumber !== undefined) args.push("--fork-block-number", String(forkBlockNumber));
  } else {
    args.push("--chain-id", String(DEVNET_CHAIN_ID));
  }
  if (loadState) args.push("--load-state", loadState);
  if (dumpState) args.push("--dump-state", dumpState);
  if (blockTime) args.push("--block-time", String(blockTime));
  const child = startChild("anvil", foundryBin("anvil"), args, { logFile });
  const rpcUrl = `http://127.0.0.1:${port}`;
  await waitFor(() => rpc(rpcUrl, "eth_chainId"), {
    what: `anvil on port ${port}`,
    isAlive: child.alive,
    timeoutMs: 30_000,
    hint: `See ${logFile}.`,
  });
  return { rpcUrl, child, stop: () => child.stop() };
}
