import type { ReactNode } from "react";

export type SummaryRow = { label: string; value: ReactNode; testId?: string };

/** "Before you send": what the transaction does, line by line, right above its button. */
export function StepSummary({ rows }: { rows: SummaryRow[] }) {
  return (
    <div className="rounded-xl border border-line bg-surface/60 p-3">
      <p className="font-medium text-ink text-xs uppercase tracking-wider">Before you send</p>
      <dl className="mt-2 space-y-1.5 text-sm">
        {rows.map((row) => (
          // Phones: the value under its label; an address that must wrap splits in even halves, not one stray digit.
          <div key={row.label} className="flex flex-col gap-x-4 gap-y-0.5 sm:flex-row sm:justify-between">
            <dt className="shrink-0 text-muted">{row.label}</dt>
            <dd className="min-w-0 break-words text-ink sm:text-right [&_code]:text-balance" data-testid={row.testId}>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
