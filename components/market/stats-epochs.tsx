import type { MarketSummary } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { RelativeTime } from "../ui/relative-time";
import { ScrollRegion } from "../ui/scroll-region";
import { type Column, TableHead } from "../ui/table-head";

const COLUMNS: Column[] = [
  { label: "Epoch" },
  { label: "Started" },
  { label: "Requests", align: "right" },
  { label: "Fulfilled", align: "right" },
  { label: "Fees", align: "right" },
];

/** The market's stats epochs, newest first, with its own counters in each (fees after the protocol fee). */
export function StatsEpochs({ epochs, asOf }: { epochs: MarketSummary["statsEpochs"]; asOf: number }) {
  return (
    <ScrollRegion label="The market's stats epochs" className="max-h-96 overflow-auto">
      <table className="min-w-full text-sm" data-testid="stats-epochs">
        <caption className="sr-only">The market's stats epochs</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-line">
          {epochs.items.map((epoch) => (
            <tr key={epoch.id} data-testid={`stats-epoch-${epoch.id}`}>
              <th scope="row" className="py-1 text-left font-normal tabular-nums">
                {epoch.id}
                {epoch.id === epochs.current ? <span className="ml-2 text-muted text-xs">(current)</span> : null}
                {epoch.startAt > asOf ? <span className="ml-2 text-muted text-xs">(scheduled)</span> : null}
              </th>
              <td className="whitespace-nowrap py-1 text-muted">
                <RelativeTime at={epoch.startAt} now={asOf} />
              </td>
              <td className="py-1 text-right tabular-nums">{epoch.requests}</td>
              <td className="py-1 text-right tabular-nums">{epoch.fulfilled}</td>
              <td className="py-1 text-right">
                <Amount wei={epoch.fees} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
