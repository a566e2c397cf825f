import { formatBps } from "@/lib/format/percent";
import type { Decentralization } from "@/lib/indexer/schemas";
import { ChartTable } from "../charts/chart-table";
import { LazyConcentrationChart } from "../charts/lazy-charts";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import type { Column } from "../ui/table-head";
import { WhenVisible } from "./when-visible";

const COLUMNS: Column[] = [
  { label: "Day" },
  { label: "Staked", align: "right" },
  { label: "⅓ needs", align: "right" },
  { label: "½ needs", align: "right" },
  { label: "HHI", align: "right" },
  { label: "Gini", align: "right" },
];

/** Concentration by day: the chart, and its numbers as a table folded under it. */
export function ConcentrationHistory({ data }: { data: Decentralization }) {
  const days = data.daily;
  return (
    <Card
      title={`Concentration, last ${days.length} days`}
      description="Each day's closing stake of the provers registered that day. Higher coalition counts and lower HHI and Gini mean stake is spread more widely."
      className="lg:col-span-2"
    >
      <WhenVisible className="h-80 w-full">
        <LazyConcentrationChart
          days={days.map((day) => ({
            day: day.day,
            nakamoto33: day.nakamoto33,
            nakamoto50: day.nakamoto50,
            hhiBps: day.hhiBps,
            giniBps: day.giniBps,
          }))}
        />
      </WhenVisible>
      <ChartTable
        caption="Concentration by day"
        columns={COLUMNS}
        empty="No day of stake yet."
        testId="concentration-table"
        rows={[...days].reverse().map((day) => ({
          key: day.day,
          cells: [
            day.day,
            <Amount key="stake" wei={day.totalStake} compact />,
            day.nakamoto33,
            day.nakamoto50,
            formatBps(day.hhiBps),
            formatBps(day.giniBps),
          ],
        }))}
      />
    </Card>
  );
}
