import { expect, it } from "vitest";
import { byProver } from "../harness/logs";
import { big, num, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

/** The indexer's tables against the chain they were built from; `get` yields the frozen run. */
export function vaultChecks(get: () => CleanRun) {
  it("knows every prover and its vault", () => {
    const { snapshot, logs } = get();
    const indexed = record(snapshot.rows("prover").map((row) => [text(row, "address"), text(row, "vault")]));
    expect(indexed).toEqual(record(logs.provers.map(({ prover, vault }) => [lower(prover), lower(vault)])));
  });

  it("has each vault's share decimals as the vault's and, while it has shares, its latest share price equal to convertToAssets(one share) on chain", () => {
    const { snapshot, provers } = get();
    const withShares = new Set(provers.filter((s) => s.totalSupply > 0n).map((s) => lower(s.prover)));
    const price = (decimals: number, value: bigint) => `${decimals} decimals, ${value} per share`;
    const indexed = record(
      snapshot
        .rows("prover")
        .filter((row) => withShares.has(text(row, "address")))
        .map((row) => [text(row, "address"), price(num(row, "share_decimals"), big(row, "share_price"))]),
    );
    expect(indexed).toEqual(
      record(
        provers.filter((s) => s.totalSupply > 0n).map((s) => [lower(s.prover), price(s.shareDecimals, s.sharePrice)]),
      ),
    );
    expect(provers.every((s) => s.shareDecimals === 18)).toBe(true);
  });

  it("keeps, for a vault without shares, the last price it had with shares rather than its virtual share's", () => {
    const { snapshot, provers } = get();
    const empty = provers.filter((s) => s.totalSupply === 0n).map((s) => lower(s.prover));
    // The seed retires a prover for real, so its swept vault is here.
    expect(empty.length).toBeGreaterThan(0);
    for (const address of empty) {
      const priced = snapshot
        .rows("vault_snapshot")
        .filter((row) => text(row, "prover") === address && big(row, "total_supply") > 0n)
        .sort(
          (a, b) =>
            Number(big(a, "block_number") - big(b, "block_number")) || num(a, "log_index") - num(b, "log_index"),
        );
      const last = priced.at(-1);
      const row = snapshot.rows("prover").find((r) => text(r, "address") === address);
      expect(row && big(row, "share_price"), address).toBe(last && big(last, "share_price"));
    }
  });

  it("has each vault's totalAssets and totalSupply equal to the chain's", () => {
    const { snapshot, provers } = get();
    const totals = (assets: bigint, supply: bigint) => `${assets} assets / ${supply} shares`;
    const indexed = record(
      snapshot
        .rows("prover")
        .map((row) => [text(row, "address"), totals(big(row, "total_assets"), big(row, "total_supply"))]),
    );
    expect(indexed).toEqual(record(provers.map((s) => [lower(s.prover), totals(s.totalAssets, s.totalSupply)])));
  });

  it("has the network's provers, active provers and total assets as the controller counts them", () => {
    const { snapshot, provers, network } = get();
    const [row] = snapshot.rows("network");
    if (!row) throw new Error("The network row is missing.");
    expect({
      provers: num(row, "provers"),
      activeProvers: num(row, "active_provers"),
      totalAssets: big(row, "total_assets").toString(),
    }).toEqual({
      provers: Number(network.provers),
      activeProvers: Number(network.activeProvers),
      totalAssets: network.totalAssets.toString(),
    });
    expect(record(snapshot.rows("prover").map((p) => [text(p, "address"), num(p, "state")]))).toEqual(
      record(provers.map((s) => [lower(s.prover), s.state])),
    );
  });

  it("keeps staked, unstaked and rewards per prover equal to the sums of their events", () => {
    const { snapshot, logs } = get();
    const flows: [string, Map<string, bigint>][] = [
      ["staked", byProver(logs.staked, (l) => l.amount)],
      ["unstaked", byProver(logs.unstakeRequested, (l) => l.amount)],
      ["unstake_paid", byProver(logs.unstakeCompleted, (l) => l.amount)],
      ["to_stakers", byProver(logs.rewardsAdded, (l) => l.toStakers)],
      ["commission_accrued", byProver(logs.rewardsAdded, (l) => l.commission)],
      ["commission_claimed", byProver(logs.commissionClaimed, (l) => l.amount)],
      ["slashed_amount", byProver(logs.proverSlashed, (l) => l.amount)],
    ];
    const indexed: Record<string, ReturnType<typeof record>> = {};
    const expected: Record<string, ReturnType<typeof record>> = {};
    for (const row of snapshot.rows("prover")) {
      const prover = text(row, "address");
      indexed[prover] = record(flows.map(([column]) => [column, big(row, column)]));
      expected[prover] = record(flows.map(([column, sums]) => [column, sums.get(prover) ?? 0n]));
    }
    expect(indexed).toEqual(expected);
  });

  it("balances staked − unstaked + toStakers − vault slashes with each vault's totalAssets", () => {
    // A vault's BREV moves only by deposit (Staked.amount), redeem (UnstakeRequested.amount), the
    // controller's reward donation (RewardsAdded.toStakers), controllerSlash (ControllerSlash.assets,
    // slashes and sweeps) and plain BREV transfers to it (donations, which no vault event shows).
    const { snapshot, logs, provers } = get();
    const slashed = byProver(logs.controllerSlash, (l) => l.assets);
    const donated = byProver(logs.donations, (l) => l.amount);
    const balance = record(
      snapshot.rows("prover").map((row) => {
        const prover = text(row, "address");
        const flows = big(row, "staked") - big(row, "unstaked") + big(row, "to_stakers");
        return [prover, flows + (donated.get(prover) ?? 0n) - (slashed.get(prover) ?? 0n)];
      }),
    );
    expect(balance).toEqual(record(provers.map((s) => [lower(s.prover), s.totalAssets])));
  });

  it("has pending commission equal to accrued − claimed on chain", () => {
    const { snapshot, provers } = get();
    const indexed = record(
      snapshot
        .rows("prover")
        .map((row) => [text(row, "address"), big(row, "commission_accrued") - big(row, "commission_claimed")]),
    );
    expect(indexed).toEqual(record(provers.map((s) => [lower(s.prover), s.pendingCommission])));
  });

  it("keeps pending unstakes and the slashing scale with the controller's arithmetic", () => {
    const { snapshot, provers } = get();
    const line = (pending: bigint, scale: bigint) => `pending=${pending} scale=${scale}`;
    // A retired prover's books were deleted on chain (both read as zero there).
    const registered = provers.filter((s) => s.state !== 0);
    const rows = snapshot.byKey("prover", "address");
    expect(registered.some((s) => s.slashingScale < 10_000n && s.pendingUnstake > 0n)).toBe(true);
    expect(
      record(
        registered.map((s) => {
          const row = rows.get(lower(s.prover));
          return [lower(s.prover), row ? line(big(row, "pending_unstake"), big(row, "slashing_scale")) : "missing"];
        }),
      ),
    ).toEqual(record(registered.map((s) => [lower(s.prover), line(s.pendingUnstake, s.slashingScale)])));
  });

  it("deletes a retired prover from the lists, keeping its row as a tombstone", () => {
    const { snapshot, logs, provers } = get();
    const rows = snapshot.byKey("prover", "address");
    const overrides = snapshot.rows("commission_override").map((row) => text(row, "prover"));
    const chainVault = new Map(provers.map((s) => [lower(s.prover), lower(s.vault)]));
    expect(logs.proverRetired.length).toBeGreaterThan(0);
    for (const { prover, block } of logs.proverRetired) {
      const row = rows.get(lower(prover));
      expect(
        row && {
          state: num(row, "state"),
          retired: row.retired,
          vault: text(row, "vault"),
          stakers: num(row, "stakers"),
          totalAssets: big(row, "total_assets"),
          retiredInBlock: block > 0n,
          overrides: overrides.filter((owner) => owner === lower(prover)).length,
        },
      ).toEqual({
        state: 0,
        retired: true,
        vault: chainVault.get(lower(prover)),
        stakers: 0,
        totalAssets: 0n,
        retiredInBlock: true,
        overrides: 0,
      });
    }
  });
}
