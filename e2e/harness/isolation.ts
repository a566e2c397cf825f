// A test's isolation: an evm_snapshot at its start, an evm_revert at its end. A bare revert is
// not safe on this fork, for two measured reasons (e2e/README.md, "Reverts"):
// - anvil answers eth_sendTransaction before its miner has built the block, and a revert that
//   races that miner leaves the transaction on the reverted chain or holes in its block list;
// - the indexer fetches each new head's logs by block hash, and a revert between its poll and
//   that fetch leaves it retrying a block that no longer exists for over a minute.
// So the revert waits until the miner is idle and the indexer has indexed the head (the indexer
// then asks only for blocks that survive the revert), checks the fork is back at the snapshot,
// and waits until the indexer has followed it there, so a test starts with the indexer on the
// fork's only branch.
import { setTimeout as sleep } from "node:timers/promises";
import { abortRun } from "./abort";
import { type ForkBlock, forkHead, forkRpc, unminedTransactions } from "./fork";
import { waitForIndexerHead } from "./indexer";
import type { RunEnv } from "./run-env";

type Env = Pick<RunEnv, "rpcUrl" | "indexerUrl" | "forkBlock">;

export type ForkSnapshot = {
  /** The fork's head when the snapshot was taken. */
  head: ForkBlock;
  /** Puts the fork back at `head` and returns once the indexer has followed. */
  revert(): Promise<void>;
};

/**
 * Ponder finalizes blocks this deep on chains it has no figure for (ours): once the indexer has seen
 * block forkBlock + 30 it holds the fork's pinned block as final and cannot follow a revert to it.
 */
const FINALITY_DEPTH = 30;
const MINER_IDLE_TIMEOUT_MS = 5_000;

export async function snapshotFork(env: Env): Promise<ForkSnapshot> {
  const head = await forkHead(env.rpcUrl);
  const id = (await forkRpc(env.rpcUrl, "evm_snapshot")) as string;
  return { head, revert: () => revertTo(env, id, head) };
}

async function revertTo(env: Env, id: string, base: ForkBlock): Promise<void> {
  await waitForIdleMiner(env.rpcUrl);
  const head = await forkHead(env.rpcUrl);
  const grew = head.hash !== base.hash;
  if (grew && env.indexerUrl) {
    const depth = head.number - env.forkBlock;
    if (depth >= FINALITY_DEPTH) {
      abortRun(
        `The test left the fork ${depth} blocks above the block it was pinned at (${env.forkBlock}); the indexer holds blocks ${FINALITY_DEPTH} deep as final, so it cannot follow the revert. Keep a test under ${FINALITY_DEPTH} blocks (increaseTime jumps the clock in one).`,
      );
    }
    await waitForIndexerHead(env.indexerUrl, env.rpcUrl, "Before reverting the fork");
  }
  const reverted = await forkRpc(env.rpcUrl, "evm_revert", [id]);
  if (reverted !== true) {
    abortRun(`evm_revert(${id}) answered ${JSON.stringify(reverted)}: the fork is no longer isolated between tests.`);
  }
  const after = await forkHead(env.rpcUrl);
  if (after.hash !== base.hash) {
    abortRun(
      `After evm_revert(${id}) the fork's head is block ${after.number} (${after.hash}), not the snapshot's block ${base.number} (${base.hash}): the fork is no longer isolated between tests.`,
    );
  }
  if (grew && env.indexerUrl) await waitForIndexerHead(env.indexerUrl, env.rpcUrl, "After reverting the fork");
}

/** anvil drops a transaction from its pool only once the block holding it is stored. */
async function waitForIdleMiner(rpcUrl: string): Promise<void> {
  const deadline = Date.now() + MINER_IDLE_TIMEOUT_MS;
  for (;;) {
    const unmined = await unminedTransactions(rpcUrl);
    if (unmined === 0) return;
    if (Date.now() > deadline) {
      abortRun(
        `The fork still had ${unmined} transaction(s) waiting to be mined after ${MINER_IDLE_TIMEOUT_MS / 1000} s; a revert now would race anvil's miner.`,
      );
    }
    await sleep(10);
  }
}
