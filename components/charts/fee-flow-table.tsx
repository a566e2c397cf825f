import { Amount } from "../ui/amount";
import { ScrollRegion } from "../ui/scroll-region";
import { type Column, TableHead } from "../ui/table-head";

const COLUMNS: Column[] = [
  { label: "Day" },
  { label: "Market fees", align: "right" },
  { label: "Foundation epochs", align: "right" },
  { label: "Other", align: "right" },
];

export type FlowRow = { day: string; market: bigint; epoch: bigint; other: bigint };

/** The fee-flow chart's numbers as a table (days that paid anything), folded away under it. */
export function FeeFlowTable({ days, caption }: { days: readonly FlowRow[]; caption: string }) {
  const paid = days.filter((row) => row.market > 0n || row.epoch > 0n || row.other > 0n).reverse();
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-accent">The numbers by day</summary>
      {paid.length === 0 ? (
        <p className="mt-2 text-muted">Nothing was paid in this window.</p>
      ) : (
        <ScrollRegion label={caption} className="mt-2 max-h-72 overflow-auto">
          <table className="w-full tabular-nums" data-testid="fee-flow-table">
            <caption className="sr-only">{caption}</caption>
            <TableHead columns={COLUMNS} />
            <tbody className="divide-y divide-line">
              {paid.map((row) => (
                <tr key={row.day}>
                  <th scope="row" className="py-1 text-left font-normal">
                    {row.day}
                  </th>
                  <td className="py-1 text-right">
                    <Amount wei={row.market} />
                  </td>
                  <td className="py-1 text-right">
                    <Amount wei={row.epoch} />
                  </td>
                  <td className="py-1 text-right">
                    <Amount wei={row.other} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </details>
  );
}
