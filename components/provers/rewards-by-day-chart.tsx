import { ChartTable } from "@/components/charts/chart-table";
import { LazyFeeFlowChart } from "@/components/charts/lazy-charts";
import { Amount } from "@/components/ui/amount";
import type { ProverSeries } from "@/lib/indexer/schemas";

/**
 * A prover's rewards per day and source, as the public page and the console chart them (wei as
 * strings for the client chart), with the same numbers as a table, newest day first.
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
      <ChartTable
        caption="Rewards by day and source, before commission"
        columns={["Day (UTC)", "Market fees", "Foundation", "Other"]}
        rows={days.toReversed().map((d) => ({
          key: d.day,
          cells: [
            d.day,
            <Amount key="m" wei={d.market} compact />,
            <Amount key="e" wei={d.epoch} compact />,
            <Amount key="o" wei={d.other} compact />,
          ],
        }))}
        testId="rewards-by-day-table"
      />
    </>
  );
}
