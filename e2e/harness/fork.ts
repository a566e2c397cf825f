// The harness's own reads of the fork: short timeouts, and a fork that does not answer aborts
// the run with that sentence (every test needs it).
import { rpc } from "../../scripts/lib/wait.mjs";
import { abortRun, describeError } from "./abort";

export type ForkBlock = { number: number; hash: string; timestamp: number };

const CALL_TIMEOUT_MS = 3_000;

/** A JSON-RPC call to the fork; an error the fork answers is returned to the caller, silence aborts the run. */
export async function forkRpc(rpcUrl: string, method: string, params: unknown[] = []): Promise<unknown> {
  try {
    return await rpc(rpcUrl, method, params, { timeoutMs: CALL_TIMEOUT_MS });
  } catch (error) {
    // An RPC error carries the method's name; anything else is the transport: the fork is gone.
    if (error instanceof Error && error.message.startsWith(`${method}:`)) throw error;
    abortRun(
      `The fork at ${rpcUrl} does not answer ${method} (${describeError(error)}); every test needs it. See test-results/logs/e2e-fork-anvil.log.`,
    );
  }
}

/** The fork's block `at` ("latest" or a number), or null when it has none there. */
export async function forkBlock(rpcUrl: string, at: "latest" | number): Promise<ForkBlock | null> {
  const tag = at === "latest" ? at : `0x${at.toString(16)}`;
  const block = (await forkRpc(rpcUrl, "eth_getBlockByNumber", [tag, false])) as {
    number: string;
    hash: string;
    timestamp: string;
  } | null;
  return block && { number: Number(block.number), hash: block.hash, timestamp: Number(block.timestamp) };
}

/** The fork's head block; a fork without one (a hole anvil left at its head) aborts the run. */
export async function forkHead(rpcUrl: string): Promise<ForkBlock> {
  const head = await forkBlock(rpcUrl, "latest");
  if (head) return head;
  const number = Number(await forkRpc(rpcUrl, "eth_blockNumber"));
  abortRun(`The fork says its head is block ${number} but has no such block: anvil's block list has a hole.`);
}

/** Transactions anvil has accepted and not yet mined into a block. */
export async function unminedTransactions(rpcUrl: string): Promise<number> {
  const status = (await forkRpc(rpcUrl, "txpool_status")) as { pending: string };
  return Number(status.pending);
}
