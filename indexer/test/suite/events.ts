import { expect, it } from "vitest";
import type { ChainLogs } from "../harness/logs";
import { big, num, type Snapshot, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

const line = (prover: string, staker: string, kind: string, shares: bigint, amount: bigint | null, tx: string) =>
  `${lower(prover)} ${lower(staker)} ${kind} shares=${shares} amount=${amount ?? "(priced)"} tx=${lower(tx)}`;

/** A holder's position changes in staker_history: every row but its reward parts. */
export const positionChanges = (snapshot: Snapshot) =>
  snapshot.rows("staker_history").filter((row) => text(row, "kind") !== "reward");

/** What staker_history must hold of position changes: one row per Staked / UnstakeRequested / UnstakeCompleted, two per share transfer. */
export function expectedStakeEvents(logs: ChainLogs) {
  const id = (l: { block: bigint; logIndex: number }, kind: string) => `${l.block}-${l.logIndex}-${kind}`;
  return record([
    ...logs.staked.map(
      (l) => [id(l, "stake"), line(l.prover, l.staker, "stake", l.shares, l.amount, l.txHash)] as const,
    ),
    ...logs.unstakeRequested.map(
      (l) =>
        [id(l, "unstake_request"), line(l.prover, l.staker, "unstake_request", l.shares, l.amount, l.txHash)] as const,
    ),
    ...logs.unstakeCompleted.map(
      (l) => [id(l, "unstake_complete"), line(l.prover, l.staker, "unstake_complete", 0n, l.amount, l.txHash)] as const,
    ),
    ...logs.shareTransfers.flatMap((l) => [
      [id(l, "transfer_out"), line(l.prover, l.from, "transfer_out", l.value, null, l.txHash)] as const,
      [id(l, "transfer_in"), line(l.prover, l.to, "transfer_in", l.value, null, l.txHash)] as const,
    ]),
  ]);
}

export function indexedStakeEvents(snapshot: Snapshot) {
  return record(
    positionChanges(snapshot).map((row) => {
      const kind = text(row, "kind");
      // A transfer's amount is the indexer's own valuation, not a logged figure.
      const amount = kind.startsWith("transfer_") ? null : big(row, "amount");
      return [
        text(row, "id"),
        line(text(row, "prover"), text(row, "staker"), kind, big(row, "shares"), amount, text(row, "tx_hash")),
      ];
    }),
  );
}

export function stakeEventChecks(get: () => CleanRun) {
  it("holds one history row per staking log, with the logged amounts", () => {
    const { snapshot, logs } = get();
    expect(indexedStakeEvents(snapshot)).toEqual(expectedStakeEvents(logs));
  });

  it("carries on each position change the shares its logs leave, the sum of the logged steps so far; none on reward parts", () => {
    const { snapshot, logs } = get();
    const steps = [
      ...logs.staked.map((l) => ({ ...l, holder: l.staker, delta: l.shares })),
      ...logs.unstakeRequested.map((l) => ({ ...l, holder: l.staker, delta: -l.shares })),
      ...logs.shareTransfers.flatMap((l) => [
        { ...l, holder: l.from, delta: -l.value },
        { ...l, holder: l.to, delta: l.value },
      ]),
    ];
    const heldAfter = (prover: string, holder: string, at: { block: bigint; logIndex: number }) =>
      steps
        .filter(
          (step) =>
            lower(step.prover) === prover &&
            lower(step.holder) === holder &&
            (step.block < at.block || (step.block === at.block && step.logIndex <= at.logIndex)),
        )
        .reduce((sum, step) => sum + step.delta, 0n);
    const changes = positionChanges(snapshot);
    expect(changes.some((row) => text(row, "kind") === "unstake_request")).toBe(true);
    expect(record(changes.map((row) => [text(row, "id"), big(row, "shares_after")]))).toEqual(
      record(
        changes.map((row) => [
          text(row, "id"),
          heldAfter(text(row, "prover"), text(row, "staker"), {
            block: big(row, "block_number"),
            logIndex: num(row, "log_index"),
          }),
        ]),
      ),
    );
    const rewardParts = snapshot.rows("staker_history").filter((row) => text(row, "kind") === "reward");
    expect(rewardParts.length).toBeGreaterThan(0);
    expect(rewardParts.filter((row) => row.shares_after !== null).map((row) => text(row, "id"))).toEqual([]);
  });
}
