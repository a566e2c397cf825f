import { expect, it } from "vitest";
import { big, num, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

/** Holders, shares and pending unstakes against the vaults and StakingViewer. */
export function positionChecks(get: () => CleanRun) {
  it("counts each prover's stakers as its vault's holders, and the network's as the controller", () => {
    const { snapshot, provers, network } = get();
    const holding = snapshot.rows("position").filter((row) => big(row, "shares") > 0n);
    const indexedHolders = (prover: string) =>
      holding
        .filter((row) => text(row, "prover") === prover)
        .map((row) => text(row, "staker"))
        .sort();
    expect(
      record(snapshot.rows("prover").map((row) => [text(row, "address"), `${num(row, "stakers")} stakers`])),
    ).toEqual(record(provers.map((s) => [lower(s.prover), `${s.holders.length} stakers`])));
    expect(record(provers.map((s) => [lower(s.prover), indexedHolders(lower(s.prover))]))).toEqual(
      record(provers.map((s) => [lower(s.prover), s.holders.map(lower).sort()])),
    );
    const [row] = snapshot.rows("network");
    if (!row) throw new Error("The network row is missing.");
    // People: each address once, however many provers it backs; the chain's totalStakers sums
    // the provers' counts instead (a staker of two provers counts twice).
    const unique = new Set(provers.flatMap((s) => s.holders.map(lower))).size;
    const open = snapshot.rows("staker").filter((staker) => num(staker, "open_positions") > 0).length;
    const perProver = snapshot.rows("prover").reduce((sum, p) => sum + num(p, "stakers"), 0);
    expect({ stakers: num(row, "stakers"), stakerRowsWithOpenPositions: open, stakerPositions: perProver }).toEqual({
      stakers: unique,
      stakerRowsWithOpenPositions: unique,
      stakerPositions: Number(network.stakerPositions),
    });
    expect(unique).toBeLessThan(Number(network.stakerPositions));
  });

  it("has every position's shares equal to the vault's balanceOf", () => {
    const { snapshot, positions } = get();
    const indexed = snapshot.byKey("position", "prover", "staker");
    const shares = (prover: string, staker: string) => {
      const row = indexed.get(`${lower(prover)}/${lower(staker)}`);
      return row ? big(row, "shares") : 0n;
    };
    expect(positions.length).toBeGreaterThanOrEqual(indexed.size);
    expect(record(positions.map((p) => [`${lower(p.prover)}/${lower(p.staker)}`, shares(p.prover, p.staker)]))).toEqual(
      record(positions.map((p) => [`${lower(p.prover)}/${lower(p.staker)}`, p.shares])),
    );
  });

  it("has every position's pending unstake requests as StakingViewer's getUserStakeWithProver", () => {
    const { snapshot, positions } = get();
    const pending = new Map<string, { index: number; amount: string }[]>();
    for (const row of snapshot.rows("unstake_request")) {
      if (text(row, "status") !== "pending") continue;
      const key = `${text(row, "prover")}/${text(row, "staker")}`;
      // Ids end with the request's number within its position, which orders them.
      const index = Number(text(row, "id").split("-").at(-1));
      pending.set(key, [...(pending.get(key) ?? []), { index, amount: big(row, "amount").toString() }]);
    }
    const indexed = (key: string) =>
      (pending.get(key) ?? []).sort((a, b) => a.index - b.index).map((request) => request.amount);
    const keyOf = (p: { prover: string; staker: string }) => `${lower(p.prover)}/${lower(p.staker)}`;
    expect(positions.some((p) => p.pending.length > 0)).toBe(true);
    expect(record(positions.map((p) => [keyOf(p), indexed(keyOf(p))]))).toEqual(
      record(positions.map((p) => [keyOf(p), p.pending.map(String)])),
    );
  });

  it("values every position's pending unstakes as getUnstakingInfo, slashes since the request included", () => {
    const { snapshot, positions } = get();
    const scale = new Map(snapshot.rows("prover").map((row) => [text(row, "address"), big(row, "slashing_scale")]));
    const values = new Map<string, bigint>();
    for (const row of snapshot.rows("unstake_request")) {
      if (text(row, "status") !== "pending") continue;
      const key = `${text(row, "prover")}/${text(row, "staker")}`;
      const value = (big(row, "amount") * (scale.get(text(row, "prover")) ?? 0n)) / big(row, "scale_at_request");
      values.set(key, (values.get(key) ?? 0n) + value);
    }
    const keyOf = (p: { prover: string; staker: string }) => `${lower(p.prover)}/${lower(p.staker)}`;
    expect(record(positions.map((p) => [keyOf(p), values.get(keyOf(p)) ?? 0n]))).toEqual(
      record(positions.map((p) => [keyOf(p), p.pendingValue])),
    );
  });
}
