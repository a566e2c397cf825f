import { describe, expect, it } from "vitest";
import { commissionBySource, epochRewardsFor, rewardMix } from "./history";

const row = (day: string, commission: { market?: bigint; epoch?: bigint; other?: bigint }, market = 0n) => ({
  day,
  market,
  epoch: 0n,
  other: 0n,
  commission: { market: 0n, epoch: 0n, other: 0n, ...commission },
  toStakers: 0n,
});
const asOf = Date.UTC(2026, 0, 31, 12) / 1000;

describe("commissionBySource / rewardMix", () => {
  const daily = [
    row("2025-11-01", { market: 1000n }),
    row("2026-01-01", { market: 1n, other: 8n }, 10n),
    row("2026-01-24", { epoch: 100n }),
    row("2026-01-25", { market: 2n, epoch: 16n }, 20n),
    row("2026-01-31", { market: 4n }, 40n),
  ];
  it("sums each source over the days inside the window, the day `days` back excluded", () => {
    expect(commissionBySource(daily, asOf, 7)).toEqual({ market: 6n, epoch: 16n, other: 0n, total: 22n });
    expect(commissionBySource(daily, asOf, 30)).toEqual({ market: 6n, epoch: 116n, other: 0n, total: 122n });
    expect(commissionBySource(daily, asOf, 90)).toEqual({ market: 7n, epoch: 116n, other: 8n, total: 131n });
    expect(commissionBySource(daily, asOf, 120)).toEqual({ market: 1007n, epoch: 116n, other: 8n, total: 1131n });
    expect(rewardMix(daily)).toEqual({ market: 70n, epoch: 0n, other: 0n });
  });
  it("totals nothing over no days", () => {
    expect(commissionBySource([], asOf, 7)).toEqual({ market: 0n, epoch: 0n, other: 0n, total: 0n });
  });
});

describe("epochRewardsFor", () => {
  it("takes the prover's amount per epoch, 0 where it got none, newest first as given", () => {
    const epoch = (n: number, proverAmount: bigint | null) => ({
      epoch: n,
      amount: 0n,
      cumulative: 0n,
      maxReward: null,
      submissions: 1,
      provers: 0,
      window: null,
      setAt: n * 10,
      proverAmount,
    });
    expect(epochRewardsFor([epoch(3, 7n), epoch(2, null), epoch(1, 5n)])).toEqual([
      { epoch: 3, setAt: 30, amount: 7n },
      { epoch: 2, setAt: 20, amount: 0n },
      { epoch: 1, setAt: 10, amount: 5n },
    ]);
  });
});
