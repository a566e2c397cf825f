import type { MarketSummary } from "@/lib/indexer/schemas";
import { ChartTable } from "../charts/chart-table";
import { WhenVisible } from "../network/when-visible";
import { Amount } from "../ui/amount";
import type { Column } from "../ui/table-head";
import { LazyMarketFeesChart } from "./lazy-market-fees-chart";

const COLUMNS: Column[] = [
  { label: "Day (UTC)" },
  { label: "Proofs", align: "right" },
  { label: "To provers", align: "right" },
  { label: "Protocol fee", align: "right" },
];

/**
 * What fulfilled requests paid per day, split into the winners' rewards and the protocol's fee:
 * a chart for the eye and, under it, the same figures as a table (the chart's text alternative).
 */
export function FeeFlow({ days }: { days: MarketSummary["feesDaily"] }) {
  if (days.length === 0) return <p className="text-muted text-sm">No request was fulfilled in this window.</p>;
  const total = days.reduce(
    (sum, day) => ({ rewards: sum.rewards + day.proverRewards, fee: sum.fee + day.protocolFee }),
    { rewards: 0n, fee: 0n },
  );
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <Amount wei={total.rewards} testId="window-prover-rewards" /> to provers and{" "}
        <Amount wei={total.fee} testId="window-protocol-fee" /> of protocol fee over{" "}
        {days.length === 1 ? "1 day" : `${days.length} days`} with proofs.
      </p>
      <WhenVisible className="h-56 w-full">
        <LazyMarketFeesChart
          days={days.map((day) => ({
            day: day.day,
            proverRewards: day.proverRewards.toString(),
            protocolFee: day.protocolFee.toString(),
          }))}
        />
      </WhenVisible>
      <ChartTable
        caption="Fees of fulfilled requests by day of proof"
        columns={COLUMNS}
        empty="No request was fulfilled in this window."
        testId="fees-by-day"
        rows={days.map((day) => ({
          key: day.day,
          cells: [
            day.day,
            day.fulfilled,
            <Amount key="r" wei={day.proverRewards} />,
            <Amount key="f" wei={day.protocolFee} />,
          ],
        }))}
      />
    </div>
  );
}
