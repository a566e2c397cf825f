import type { Epochs, ProverSeries } from "../indexer/schemas";

const DAY = 86_400;

/** The windows the console sums commission over, in days. */
export const COMMISSION_WINDOWS = [7, 30, 90] as const;
export type CommissionWindow = (typeof COMMISSION_WINDOWS)[number];

/** Commission by source over the last `days` UTC days before `asOf`, from the indexer's daily rows, and its total. */
export function commissionBySource(daily: ProverSeries["rewardsDaily"], asOf: number, days: number) {
  const from = new Date((asOf - days * DAY) * 1000).toISOString().slice(0, 10);
  const sums = { market: 0n, epoch: 0n, other: 0n };
  for (const row of daily) {
    if (row.day <= from) continue;
    sums.market += row.commission.market;
    sums.epoch += row.commission.epoch;
    sums.other += row.commission.other;
  }
  return { ...sums, total: sums.market + sums.epoch + sums.other };
}

/** What each source paid in a window: the mix a commission change applies to. */
export function rewardMix(daily: ProverSeries["rewardsDaily"]) {
  return daily.reduce(
    (mix, row) => ({ market: mix.market + row.market, epoch: mix.epoch + row.epoch, other: mix.other + row.other }),
    { market: 0n, epoch: 0n, other: 0n },
  );
}

/** The foundation's reward to the prover the epochs were read for, newest first; 0 where it got none. */
export function epochRewardsFor(epochs: Epochs["items"]) {
  return epochs.map((epoch) => ({ epoch: epoch.epoch, setAt: epoch.setAt, amount: epoch.proverAmount ?? 0n }));
}
