import type { ReactNode } from "react";
import { ScrollRegion } from "../ui/scroll-region";
import { type Column, TableHead } from "../ui/table-head";

type Row = { key: string; cells: readonly ReactNode[] };

/**
 * A chart's numbers as a table folded under it: what a screen reader or a keyboard reads instead
 * of the drawing. The first cell of a row names it (a row header); the others follow the columns.
 */
export function ChartTable({
  caption,
  columns,
  rows,
  empty,
  testId,
}: {
  caption: string;
  columns: readonly Column[];
  rows: readonly Row[];
  /** Said instead of an empty table. */
  empty: string;
  testId?: string;
}) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-accent">The numbers as a table</summary>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{empty}</p>
      ) : (
        <ScrollRegion label={caption} className="mt-2 max-h-72 overflow-auto">
          <table className="w-full tabular-nums" data-testid={testId}>
            <caption className="sr-only">{caption}</caption>
            <TableHead columns={columns} />
            <tbody className="divide-y divide-line">
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) => {
                    const column = columns[index];
                    const align = column?.align === "right" ? "text-right" : "text-left";
                    return index === 0 ? (
                      <th key={column?.label} scope="row" className={`py-1 font-normal ${align}`}>
                        {cell}
                      </th>
                    ) : (
                      <td key={column?.label} className={`py-1 ${align}`}>
                        {cell}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </details>
  );
}
