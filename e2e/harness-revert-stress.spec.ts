// The harness's promise to every spec: whatever a test did to the fork, the revert at its end
// puts the fork back at the snapshot and the indexer follows it there. Repeated here with the
// three moments a revert used to wedge the indexer or break isolation: after the indexer has
// indexed a new block, right after it has polled a block it is still fetching, and right after
// a transaction anvil has accepted but not yet mined.
import { parseEther } from "viem";
import { readIndexedHead } from "../lib/chain/indexed-head";
import { ALICE, BOB, expect, test } from "./fixtures";
import type { Chain } from "./fixtures/chain";
import { entriesSince, logMark, nextEntry } from "./harness/indexer-log";
import { snapshotFork } from "./harness/isolation";

const ROUNDS = 6;

type Indexer = { url: string; caughtUp(): Promise<void> };

const moves: Record<string, (chain: Chain, indexer: Indexer) => Promise<void>> = {
  "after the indexer indexed a new block": async (chain, indexer) => {
    await chain.fund(ALICE, { brev: parseEther("1") });
    await indexer.caughtUp();
  },
  "while the indexer fetches a block it has just polled": async (chain) => {
    const mark = logMark();
    await chain.mine(1);
    const { hash } = await chain.client.getBlock({ blockTag: "latest" });
    const polled = await nextEntry(
      mark,
      (entry) => entry.msg === "Received new head block" && entry.hash === hash,
      10_000,
    );
    expect(polled, "the indexer polled the new block").not.toBeNull();
  },
  "right after a transaction anvil has not mined yet": async (chain) => {
    // Not awaited beyond anvil's answer: anvil mines the block after it has returned the hash.
    await chain.client.sendTransaction({ account: ALICE, chain: chain.client.chain, to: BOB, value: 1n });
  },
};

test("the indexer follows every revert, however soon after a block it comes", async ({ chain, runEnv, indexer }) => {
  test.setTimeout(120_000);
  const bobBefore = await chain.client.getBalance({ address: BOB });
  const aliceNonce = await chain.nonce(ALICE);
  const mark = logMark();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [moment, move] of Object.entries(moves)) {
      const snapshot = await snapshotFork(runEnv);
      await move(chain, indexer);
      await snapshot.revert();

      const where = `round ${round + 1}, ${moment}`;
      expect((await chain.client.getBlock({ blockTag: "latest" })).hash, `${where}: the fork is back`).toBe(
        snapshot.head.hash,
      );
      expect(await readIndexedHead(indexer.url), `${where}: the indexer followed`).toEqual({
        blockNumber: BigInt(snapshot.head.number),
        blockTimestamp: BigInt(snapshot.head.timestamp),
      });
      expect(await chain.client.getBalance({ address: BOB }), `${where}: nothing leaked`).toBe(bobBefore);
      expect(await chain.nonce(ALICE), `${where}: nothing leaked`).toBe(aliceNonce);
    }
  }
  // Each revert removed a block the indexer had indexed (the revert waits for that): each was a reorg.
  const reorgs = entriesSince(mark).filter((entry) => entry.msg === "Reconciled reorg in local chain");
  expect(reorgs.length, "the indexer reorged back after every revert").toBeGreaterThanOrEqual(
    ROUNDS * Object.keys(moves).length,
  );
});
