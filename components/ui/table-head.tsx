/** A column of a data table: numbers align right; `wide` columns are left out on a phone; `hint` is its tooltip. */
export type Column = { label: string; align?: "right"; wide?: boolean; hint?: string };

/** The header row of the read pages' data tables. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr className="text-left text-muted text-xs">
        {columns.map((column) => (
          <th
            key={column.label}
            scope="col"
            title={column.hint}
            className={`pb-2 font-normal ${column.align === "right" ? "text-right" : ""} ${column.wide ? "max-sm:hidden" : ""}`}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
