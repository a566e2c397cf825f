import { formatBps } from "@/lib/format/percent";
import type { Decentralization } from "@/lib/indexer/schemas";
import { LazyConcentrationChart } from "../charts/lazy-charts";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { ScrollRegion } from "../ui/scroll-region";
import { type Column, TableHead } from "../ui/table-head";
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
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-accent">The numbers by day</summary>
        <ScrollRegion label="Concentration by day" className="mt-2 max-h-72 overflow-auto">
          <table className="w-full tabular-nums" data-testid="concentration-table">
            <TableHead columns={COLUMNS} />
            <tbody className="divide-y divide-line">
              {[...days].reverse().map((day) => (
                <tr key={day.day}>
                  <th scope="row" className="py-1 text-left font-normal">
                    {day.day}
                  </th>
                  <td className="py-1 text-right">
                    <Amount wei={day.totalStake} compact />
                  </td>
                  <td className="py-1 text-right">{day.nakamoto33}</td>
                  <td className="py-1 text-right">{day.nakamoto50}</td>
                  <td className="py-1 text-right">{formatBps(day.hhiBps)}</td>
                  <td className="py-1 text-right">{formatBps(day.giniBps)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </Card>
  );
}
