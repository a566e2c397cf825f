import { expect, it } from "vitest";
import { big, num, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower } from "./compare";
import { positionChanges } from "./events";

/** After a one-block reorg on the live indexer, the tables describe the new branch only. */
export function reorgChecks(get: () => CleanRun) {
  it("had indexed the stake that the reorg then dropped", () => {
    const { reorg } = get();
    expect(reorg.reverted.block).toBe(reorg.forkBlock + 1n);
    expect(reorg.replacement.block).toBe(reorg.reverted.block);
    expect(reorg.positionsBeforeRevert).toEqual([lower(reorg.reverted.prover)]);
  });

  it("served the new branch's position from its API once it caught up", () => {
    expect(get().reorg.positionsAfterReorg).toEqual([lower(get().reorg.replacement.prover)]);
  });

  it("lists the new branch's vault assets in the directory at the dropped block's height", () => {
    const { directoryAssets, reverted, replacement } = get().reorg;
    const [first, second] = directoryAssets.atFork;
    expect(directoryAssets.onReverted).toEqual([first + reverted.amount, second]);
    // Same height as the dropped block: a summary remembered by block number would still show the dropped stake.
    expect(directoryAssets.onReplacement).toEqual([first, second + replacement.amount]);
  });

  it("keeps the replacement stake and nothing of the dropped one", async () => {
    const { snapshot, reorg, chain } = get();
    // The dropped transaction is gone from the node as well, or the check proves nothing.
    expect(await chain.client.getTransactionReceipt({ hash: reorg.reverted.txHash }).catch(() => null)).toBeNull();
    const own = (table: string, column: string) =>
      (table === "staker_history" ? positionChanges(snapshot) : snapshot.rows(table)).filter(
        (row) => text(row, column) === lower(reorg.staker),
      );
    expect(
      own("staker_history", "staker").map((row) => `${text(row, "kind")} ${text(row, "prover")} ${big(row, "amount")}`),
    ).toEqual([`stake ${lower(reorg.replacement.prover)} ${reorg.replacement.amount}`]);
    expect(own("staker_history", "staker").map((row) => text(row, "tx_hash"))).toEqual([
      lower(reorg.replacement.txHash),
    ]);
    expect(own("position", "staker").map((row) => text(row, "prover"))).toEqual([lower(reorg.replacement.prover)]);
    expect(own("staker", "address").map((row) => num(row, "open_positions"))).toEqual([1]);
  });

  it("keeps the vault snapshots of the new branch only", () => {
    const { snapshot, reorg } = get();
    const atForkHeight = snapshot
      .rows("vault_snapshot")
      .filter((row) => big(row, "block_number") === reorg.replacement.block)
      .map((row) => `${text(row, "cause")} ${text(row, "prover")}`);
    expect(atForkHeight).toEqual([`stake ${lower(reorg.replacement.prover)}`]);
  });

  it("leaves the chain clock at the new head", async () => {
    const { snapshot, reorg, chain } = get();
    const head = await chain.client.getBlock({ blockNumber: reorg.head });
    const [clock] = snapshot.rows("chain_clock");
    expect(
      clock && {
        block: big(clock, "block_number"),
        hash: text(clock, "block_hash"),
        timestamp: big(clock, "timestamp"),
      },
    ).toEqual({ block: head.number, hash: head.hash, timestamp: head.timestamp });
  });
}
