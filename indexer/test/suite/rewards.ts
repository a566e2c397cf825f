import { expect, it } from "vitest";
import { required } from "../harness/chain";
import { sumBy } from "../harness/logs";
import { big, num, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

type Kind = "market" | "epoch" | "other";
const KINDS: Kind[] = ["market", "epoch", "other"];

/** The fee-flow record: RewardsAdded logs against reward, prover, prover_daily_reward and network_daily. */
export function rewardChecks(get: () => CleanRun) {
  const kindOf = (run: CleanRun, source: string): Kind => {
    if (lower(source) === lower(required(run.chain.deployment, "BrevisMarket"))) return "market";
    if (lower(source) === lower(required(run.chain.deployment, "EpochRewards"))) return "epoch";
    return "other";
  };

  it("records every RewardsAdded log exactly once, with its amounts", () => {
    const run = get();
    const shape = (prover: string, kind: string, amount: bigint, commission: bigint, toStakers: bigint) =>
      `${prover} ${kind} amount=${amount} commission=${commission} toStakers=${toStakers}`;
    const indexed = record(
      run.snapshot
        .rows("reward")
        .map((row) => [
          text(row, "id"),
          shape(
            text(row, "prover"),
            text(row, "source_kind"),
            big(row, "amount"),
            big(row, "commission"),
            big(row, "to_stakers"),
          ),
        ]),
    );
    expect(run.snapshot.rows("reward")).toHaveLength(run.logs.rewardsAdded.length);
    expect(indexed).toEqual(
      record(
        run.logs.rewardsAdded.map((l) => [
          `${l.block}-${l.logIndex}`,
          shape(lower(l.prover), kindOf(run, l.source), l.amount, l.commission, l.toStakers),
        ]),
      ),
    );
  });

  it("keeps fee and reward totals per prover and source equal to the RewardsAdded sums", () => {
    const run = get();
    const expected = sumBy(
      run.logs.rewardsAdded,
      (l) => `${l.prover}/${kindOf(run, l.source)}`,
      (l) => l.amount,
    );
    const indexed = run.snapshot
      .rows("prover")
      .flatMap((row) => KINDS.map((kind) => [`${text(row, "address")}/${kind}`, big(row, `rewards_${kind}`)] as const));
    expect(record(indexed.filter(([, amount]) => amount !== 0n))).toEqual(record(expected));
  });

  it("sums the daily reward rows to the same totals per prover and source", () => {
    const run = get();
    const key = (prover: string, kind: string) => `${lower(prover)}/${kind}`;
    const line = (amount: bigint, commission: bigint, toStakers: bigint, count: bigint) =>
      `amount=${amount} commission=${commission} toStakers=${toStakers} count=${count}`;
    const daily = run.snapshot.rows("prover_daily_reward");
    const dailyKey = (row: (typeof daily)[number]) => key(text(row, "prover"), text(row, "source_kind"));
    const indexedSums = [
      sumBy(daily, dailyKey, (row) => big(row, "amount")),
      sumBy(daily, dailyKey, (row) => big(row, "commission")),
      sumBy(daily, dailyKey, (row) => big(row, "to_stakers")),
      sumBy(daily, dailyKey, (row) => BigInt(num(row, "count"))),
    ] as const;
    const logKey = (l: CleanRun["logs"]["rewardsAdded"][number]) => key(l.prover, kindOf(run, l.source));
    const logs = run.logs.rewardsAdded;
    const expectedSums = [
      sumBy(logs, logKey, (l) => l.amount),
      sumBy(logs, logKey, (l) => l.commission),
      sumBy(logs, logKey, (l) => l.toStakers),
      sumBy(logs, logKey, () => 1n),
    ] as const;
    const lines = (sums: typeof indexedSums) =>
      record(
        [...sums[0].keys()].map((k) => [
          k,
          line(sums[0].get(k) ?? 0n, sums[1].get(k) ?? 0n, sums[2].get(k) ?? 0n, sums[3].get(k) ?? 0n),
        ]),
      );
    expect(lines(indexedSums)).toEqual(lines(expectedSums));
  });

  it("serves a prover's daily commission by source, summing to its RewardsAdded logs per source", () => {
    const run = get();
    const prover = lower(run.api.prover.prover.address);
    const fromLogs: Record<Kind, bigint> = { market: 0n, epoch: 0n, other: 0n };
    for (const l of run.logs.rewardsAdded) {
      if (lower(l.prover) === prover) fromLogs[kindOf(run, l.source)] += l.commission;
    }
    const served: Record<Kind, bigint> = { market: 0n, epoch: 0n, other: 0n };
    for (const day of run.api.series.rewardsDaily) for (const kind of KINDS) served[kind] += day.commission[kind];
    expect(served).toEqual(fromLogs);
    expect(KINDS.filter((kind) => fromLogs[kind] > 0n).length).toBeGreaterThan(1);
  });

  it("sums the network's daily flows to the network-wide reward totals", () => {
    const run = get();
    const days = run.snapshot.rows("network_daily");
    const total = (column: string) => days.reduce((sum, row) => sum + big(row, column), 0n);
    const logs = run.logs.rewardsAdded;
    const bySource = (kind: Kind) =>
      logs.filter((l) => kindOf(run, l.source) === kind).reduce((sum, l) => sum + l.amount, 0n);
    expect(
      record([
        ["marketFees", total("market_fees")],
        ["epochRewards", total("epoch_rewards")],
        ["otherRewards", total("other_rewards")],
        ["commission", total("commission")],
        ["staked", total("staked")],
        ["unstaked", total("unstaked")],
        ["slashed", total("slashed")],
      ]),
    ).toEqual(
      record([
        ["marketFees", bySource("market")],
        ["epochRewards", bySource("epoch")],
        ["otherRewards", bySource("other")],
        ["commission", logs.reduce((sum, l) => sum + l.commission, 0n)],
        ["staked", run.logs.staked.reduce((sum, l) => sum + l.amount, 0n)],
        ["unstaked", run.logs.unstakeRequested.reduce((sum, l) => sum + l.amount, 0n)],
        ["slashed", run.logs.proverSlashed.reduce((sum, l) => sum + l.amount, 0n)],
      ]),
    );
  });

  it("records the market's payouts after the protocol fee: their sum is the market's totalFees", () => {
    const run = get();
    const market = run.logs.rewardsAdded.filter((l) => kindOf(run, l.source) === "market");
    const indexed = run.snapshot.rows("reward").filter((row) => text(row, "source_kind") === "market");
    const totalFees = run.network.globalPerStatsEpoch.reduce((sum, epoch) => sum + epoch.totalFees, 0n);
    expect({
      logs: market.reduce((sum, l) => sum + l.amount, 0n).toString(),
      indexed: indexed.reduce((sum, row) => sum + big(row, "amount"), 0n).toString(),
    }).toEqual({ logs: totalFees.toString(), indexed: totalFees.toString() });
    // The fee the requesters paid is more: the protocol kept its share.
    const paid = run.snapshot
      .rows("request")
      .reduce((sum, row) => sum + (row.actual_fee === null ? 0n : big(row, "actual_fee")), 0n);
    expect(paid).toBeGreaterThan(totalFees);
  });
}
