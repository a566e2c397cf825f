import type { ReactNode } from "react";

type Row = { key: string; cells: readonly ReactNode[] };

/**
 * A chart's numbers as a table folded under it: what a screen reader or a keyboard reads instead
 * of the drawing. The first cell of a row names it; the others are figures, right-aligned.
 */
export function ChartTable({
  caption,
  columns,
  rows,
  testId,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly Row[];
  testId?: string;
}) {
  if (rows.length === 0) return null;
  return (
    <details className="mt-3 text-sm" data-testid={testId}>
      <summary className="cursor-pointer text-muted hover:text-ink">Show the numbers as a table</summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="mt-2 max-h-72 overflow-auto rounded-lg border border-line" tabIndex={0} aria-label={caption}>
        <table className="w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-panel text-muted text-xs">
            <tr>
              {columns.map((column, index) => (
                <th key={column} scope="col" className={`px-3 py-2 font-medium ${index > 0 ? "text-right" : ""}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-line border-t">
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={columns[index]} scope="row" className="px-3 py-1.5 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={columns[index]} className="px-3 py-1.5 text-right tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </details>
  );
}
