import { expect, it } from "vitest";
import { gini, hhi, nakamotoCoefficient, topShareBps } from "../../../lib/math/decentralization";
import { required } from "../harness/chain";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The five concentration figures of a set of stakes, as one line (a diff names the day). */
function figures(stakes: bigint[]): string {
  return [
    `n33=${nakamotoCoefficient(stakes, 3_333n)}`,
    `n50=${nakamotoCoefficient(stakes, 5_000n)}`,
    `hhi=${hhi(stakes)}`,
    `gini=${gini(stakes)}`,
    `top3=${topShareBps(stakes, 3)}`,
  ].join(" ");
}

/** /rewards' and /network's endpoints against the chain's own logs and balances. */
export function networkSeriesChecks(get: () => CleanRun) {
  it("totals each epoch as the sum of its RewardsSet logs, pages by epoch and splits it per prover", () => {
    const { api, logs } = get();
    const { items, details, totals } = api.epochs;
    const byEpoch = new Map<number, { amount: bigint; provers: number }>();
    for (const log of logs.rewardsSet) {
      const entry = byEpoch.get(log.epoch) ?? { amount: 0n, provers: 0 };
      byEpoch.set(log.epoch, { amount: entry.amount + log.amount, provers: entry.provers + 1 });
    }
    const line = (amount: bigint, provers: number) => `amount=${amount} provers=${provers}`;
    expect(record(items.map((item) => [String(item.epoch), line(item.amount, item.provers)]))).toEqual(
      record([...byEpoch].map(([epoch, entry]) => [String(epoch), line(entry.amount, entry.provers)])),
    );
    // Newest first across pages, each epoch once.
    expect(items.map((item) => item.epoch)).toEqual([...byEpoch.keys()].sort((a, b) => b - a));
    expect(totals).toEqual({
      epochs: byEpoch.size,
      amount: logs.rewardsSet.reduce((sum, log) => sum + log.amount, 0n),
    });
    for (const item of items) expect(item.maxReward === null || item.amount <= item.maxReward).toBe(true);
    for (const detail of details) {
      const own = logs.rewardsSet.filter((log) => log.epoch === detail.epoch);
      expect(record(detail.rewards.map((entry) => [lower(entry.prover), entry.amount]))).toEqual(
        record(own.map((log) => [lower(log.prover), log.amount])),
      );
      const amounts = detail.rewards.map((entry) => entry.amount);
      expect(amounts).toEqual([...amounts].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    }
  });

  it("gives one prover's reward per epoch, 0 where it got none", () => {
    const { api, logs } = get();
    const prover = api.prover.prover.address;
    expect(record(api.proverEpochs.items.map((item) => [String(item.epoch), item.proverAmount ?? -1n]))).toEqual(
      record(
        api.epochs.items.map((item) => [
          String(item.epoch),
          logs.rewardsSet.find((log) => log.epoch === item.epoch && lower(log.prover) === lower(prover))?.amount ?? 0n,
        ]),
      ),
    );
  });

  it("measures Nakamoto, HHI and Gini on every day's closing stakes as the vaults' balances give them", () => {
    const { api, stakeHistory } = get();
    const served = api.decentralization.daily;
    const byDay = new Map(served.map((row) => [row.day, row]));
    // Every day the chain has stake history for is within the 365 days asked.
    expect(stakeHistory.days.length).toBeGreaterThan(20);
    expect(
      record(
        stakeHistory.days.map(({ day }) => {
          const row = byDay.get(isoDay(day));
          const line = row
            ? `n33=${row.nakamoto33} n50=${row.nakamoto50} hhi=${row.hhiBps} gini=${row.giniBps} top3=${row.top3Bps}`
            : "missing";
          return [isoDay(day), line];
        }),
      ),
    ).toEqual(record(stakeHistory.days.map(({ day, stakes }) => [isoDay(day), figures([...stakes.values()])])));
    const totals = stakeHistory.days.map(({ day, stakes }) => [
      isoDay(day),
      [...stakes.values()].reduce((sum, stake) => sum + stake, 0n),
    ]);
    expect(record(totals.map(([day]) => [String(day), byDay.get(String(day))?.totalStake ?? -1n]))).toEqual(
      record(totals.map(([day, total]) => [String(day), total as bigint])),
    );
  });

  it("measures today's concentration on the registered provers' vaults as the chain holds them", () => {
    const { api, provers } = get();
    const registered = provers.filter((state) => state.state !== 0);
    const stakes = registered.map((state) => state.totalAssets);
    const { now } = api.decentralization;
    expect(figures(stakes)).toBe(
      `n33=${now.nakamoto33} n50=${now.nakamoto50} hhi=${now.hhiBps} gini=${now.giniBps} top3=${now.top3Bps}`,
    );
    // The overview's figures, summed by the database, are the same ones.
    const overview = api.network.decentralization;
    expect(figures(stakes)).toBe(
      `n33=${overview.nakamoto33} n50=${overview.nakamoto50} hhi=${overview.hhiBps} gini=${overview.giniBps} top3=${overview.top3Bps}`,
    );
    expect(record(api.decentralization.provers.map((entry) => [lower(entry.address), entry.stake]))).toEqual(
      record(registered.map((state) => [lower(state.prover), state.totalAssets])),
    );
    // Suggested: Active, below the median, not slashed lately; never one at or above the median.
    const median = now.medianStake;
    for (const entry of api.decentralization.provers) {
      if (entry.suggested) expect(entry.stake < median && entry.state === 1 && !entry.recentlySlashed).toBe(true);
    }
    expect(api.decentralization.provers.some((entry) => entry.suggested)).toBe(true);
  });

  it("sums each source's rewards over the yield window from RewardsAdded", async () => {
    const { api, logs, stakeHistory, chain } = get();
    const from = BigInt(Date.parse(`${api.yields.from}T00:00:00Z`) / 1000);
    const to = BigInt(Date.parse(`${api.yields.to}T00:00:00Z`) / 1000) + 86_400n;
    const epochRewards = lower(required(chain.deployment, "EpochRewards"));
    const market = lower(required(chain.deployment, "BrevisMarket"));
    const sums = new Map<string, { epoch: bigint; market: bigint }>();
    for (const log of logs.rewardsAdded) {
      const time = await stakeHistory.timestampOf(log.block);
      if (time < from || time >= to) continue;
      const kind = lower(log.source) === epochRewards ? "epoch" : lower(log.source) === market ? "market" : null;
      if (!kind) continue;
      const entry = sums.get(lower(log.prover)) ?? { epoch: 0n, market: 0n };
      entry[kind] += log.amount;
      sums.set(lower(log.prover), entry);
    }
    expect(
      record(api.yields.provers.map((entry) => [lower(entry.address), `${entry.epochRewards}/${entry.marketFees}`])),
    ).toEqual(
      record(
        api.yields.provers.map((entry) => {
          const own = sums.get(lower(entry.address));
          return [lower(entry.address), `${own?.epoch ?? 0n}/${own?.market ?? 0n}`];
        }),
      ),
    );
    expect(api.yields.network.foundationApr).toHaveProperty("grossBps");
  });

  it("lists every commission change, newest first, through its cursor, and one prover's alone", () => {
    const { api, stakeHistory } = get();
    const line = (prover: string, source: string, oldRate: bigint | number, newRate: bigint | number) =>
      `${lower(prover)} ${lower(source)} ${oldRate}→${newRate}`;
    const fromChain = [...stakeHistory.commissionChanges]
      .reverse()
      .map((change) => line(change.prover, change.source, change.oldRate, change.newRate));
    const served = api.commissionChanges.items.map((change) =>
      line(change.prover, change.source, change.oldRateBps, change.newRateBps),
    );
    expect(served.length).toBeGreaterThan(7);
    expect([...served].sort()).toEqual([...fromChain].sort());
    const times = api.commissionChanges.items.map((change) => change.timestamp);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const prover = lower(api.prover.prover.address);
    expect(api.proverCommissionChanges.items.map((change) => lower(change.prover)).every((p) => p === prover)).toBe(
      true,
    );
    expect(api.proverCommissionChanges.items.length).toBe(
      stakeHistory.commissionChanges.filter((change) => lower(change.prover) === prover).length,
    );
  });

  it("refuses bad epoch, cursor and window parameters in words", () => {
    const { refusals } = get().api;
    expect(refusals.epochZero).toEqual({ status: 400, message: "epoch must be 1 or more" });
    expect(refusals.unsetEpoch).toMatchObject({ status: 404 });
    expect(refusals.hugeEpoch).toEqual({ status: 400, message: "epoch must be at most 2147483647" });
    expect(refusals.badEpochCursor).toEqual({ status: 400, message: "before must be an epoch number" });
    expect(refusals.badCommissionCursor).toEqual({
      status: 400,
      message: "before must be a cursor from an earlier page",
    });
    expect(refusals.tooManyDays).toEqual({ status: 400, message: "days must be between 1 and 365" });
  });
}
