import type { MarketSummary } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { ScrollRegion } from "../ui/scroll-region";
import { type Column, TableHead } from "../ui/table-head";

const COLUMNS: Column[] = [
  { label: "Day (UTC)" },
  { label: "Refunded", align: "right" },
  { label: "Slashed", align: "right" },
  { label: "Stake taken", align: "right" },
];

/** Requests that ended without a proof, by day: refunds, and the market's slashes of winners that missed. */
export function OutcomesByDay({ days }: { days: MarketSummary["outcomesDaily"] }) {
  if (days.length === 0) return <p className="text-muted text-sm">No refund or slash in this window.</p>;
  return (
    <ScrollRegion label="Refunded and slashed requests by day" className="max-h-80 overflow-auto">
      <table className="min-w-full text-sm" data-testid="outcomes-by-day">
        <caption className="sr-only">Refunded and slashed requests by day</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-line">
          {[...days].reverse().map((day) => (
            <tr key={day.day}>
              <th scope="row" className="whitespace-nowrap py-1 text-left font-normal tabular-nums">
                {day.day}
              </th>
              <td className="py-1 text-right tabular-nums">{day.refunded}</td>
              <td className="py-1 text-right tabular-nums">{day.slashed}</td>
              <td className="py-1 text-right">
                <Amount wei={day.slashedAmount} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
