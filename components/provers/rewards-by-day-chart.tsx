import { LazyFeeFlowChart } from "@/components/charts/lazy-charts";
import type { ProverSeries } from "@/lib/indexer/schemas";

/** A prover's rewards per day and source, as the public page and the console chart them (wei as strings for the client chart). */
export function RewardsByDayChart({ days }: { days: ProverSeries["rewardsDaily"] }) {
  return (
    <LazyFeeFlowChart
      days={days.map((d) => ({
        day: d.day,
        market: d.market.toString(),
        epoch: d.epoch.toString(),
        other: d.other.toString(),
      }))}
    />
  );
}
