import { Amount } from "../ui/amount";
import type { Column } from "../ui/table-head";
import { ChartTable } from "./chart-table";

const COLUMNS: Column[] = [
  { label: "Day (UTC)" },
  { label: "Market fees", align: "right" },
  { label: "Foundation epochs", align: "right" },
  { label: "Other", align: "right" },
];

export type FlowRow = { day: string; market: bigint; epoch: bigint; other: bigint };

/** The fee-flow chart's numbers as a table (days that paid anything, newest first), folded away under it. */
export function FeeFlowTable({ days, caption }: { days: readonly FlowRow[]; caption: string }) {
  const paid = days.filter((row) => row.market > 0n || row.epoch > 0n || row.other > 0n).reverse();
  return (
    <ChartTable
      caption={caption}
      columns={COLUMNS}
      empty="Nothing was paid in this window."
      testId="fee-flow-table"
      rows={paid.map((row) => ({
        key: row.day,
        cells: [
          row.day,
          <Amount key="m" wei={row.market} />,
          <Amount key="e" wei={row.epoch} />,
          <Amount key="o" wei={row.other} />,
        ],
      }))}
    />
  );
}
