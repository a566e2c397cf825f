import { setTimeout as sleep } from "node:timers/promises";
import type { IndexerRun } from "./indexer";

/**
 * Polls the indexer's progress and SIGKILLs it as soon as it has indexed part of the chain,
 * and not all of it. Returns the block it had reached.
 */
export async function killMidBackfill(
  run: IndexerRun,
  { startBlock, head, timeoutMs = 240_000 }: { startBlock: bigint; head: bigint; timeoutMs?: number },
): Promise<bigint> {
  // A quarter in: far enough that ranges were committed, early enough not to miss the window.
  const earliest = startBlock + (head - startBlock) / 4n;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const block = await run.indexedBlock().catch(() => null);
    if (block !== null && block >= head) {
      throw new Error(
        `The indexer reached the head (${block}) before it could be killed mid-backfill (last seen below ${earliest}).`,
      );
    }
    if (block !== null && block >= earliest) {
      await run.kill();
      return block;
    }
    await sleep(50);
  }
  throw new Error(`The indexer did not pass block ${earliest} within ${timeoutMs / 1000} s; see ${run.logFile}.`);
}
