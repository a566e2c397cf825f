import { startChild } from "../lib/children.mjs";
import { assertPortFree } from "../lib/ports.mjs";
import { rpc, waitFor } from "../lib/wait.mjs";
import { foundryBin } from "./foundry.mjs";

export const DEV_MNEMONIC = "test test test test test test test test test test test junk";
export const DEVNET_CHAIN_ID = 31337;

/**
 * The first ten accounts of the dev mnemonic, as anvil derives them. Written out because
 * deriving them costs ten PBKDF2 runs (over a second) on every import; devnet.test.ts checks
 * them against the mnemonic.
 */
export const DEV_ACCOUNTS = /** @type {const} */ ([
  "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
  "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
  "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
  "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
]);

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
 * @property {number} [genesisTimestamp] unix time of the genesis block (a chain that starts in the past)
 * @property {boolean} [pruneHistory] keep no historical states (anvil otherwise spills them to ~/.foundry)
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
  genesisTimestamp,
  pruneHistory,
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
  if (genesisTimestamp !== undefined) args.push("--timestamp", String(genesisTimestamp));
  if (pruneHistory) args.push("--prune-history");
  const child = startChild("anvil", foundryBin("anvil"), args, { logFile });
  // anvil runs in its own process group, so it would outlive a crash of this process: the
  // 'exit' handler (which runs on uncaught errors and process.exit) stops it.
  const group = child.process.pid === undefined ? undefined : -child.process.pid;
  const stopOnExit = () => {
    try {
      if (group !== undefined && child.alive()) process.kill(group, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stopOnExit);
  void child.exited.then(() => process.off("exit", stopOnExit));
  const rpcUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(() => rpc(rpcUrl, "eth_chainId"), {
      what: `anvil on port ${port}`,
      isAlive: child.alive,
      timeoutMs: 30_000,
      hint: `See ${logFile}.`,
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { rpcUrl, child, stop: () => child.stop() };
}
