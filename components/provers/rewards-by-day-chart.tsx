import { FeeFlowTable } from "@/components/charts/fee-flow-table";
import { LazyFeeFlowChart } from "@/components/charts/lazy-charts";
import type { ProverSeries } from "@/lib/indexer/schemas";

/**
 * A prover's rewards per day and source, as the public page and the console chart them (wei as
 * strings for the client chart), with the same numbers as a table.
 */
export function RewardsByDayChart({ days }: { days: ProverSeries["rewardsDaily"] }) {
  return (
    <>
      <LazyFeeFlowChart
        days={days.map((d) => ({
          day: d.day,
          market: d.market.toString(),
          epoch: d.epoch.toString(),
          other: d.other.toString(),
        }))}
      />
      <FeeFlowTable days={days} caption="Rewards by day and source, before commission" />
    </>
  );
}
