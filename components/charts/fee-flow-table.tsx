import { Amount } from "../ui/amount";
import { ScrollRegion } from "../ui/scroll-region";

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
            <thead>
              <tr className="text-left text-muted text-xs">
                <th scope="col" className="pb-2 font-normal">
                  Day
                </th>
                <th scope="col" className="pb-2 text-right font-normal">
                  Market fees
                </th>
                <th scope="col" className="pb-2 text-right font-normal">
                  Foundation epochs
                </th>
                <th scope="col" className="pb-2 text-right font-normal">
                  Other
                </th>
              </tr>
            </thead>
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
