import type { ReactNode } from "react";

export type SummaryRow = { label: string; value: ReactNode; testId?: string };

/** "Before you send": what the transaction does, line by line, right above its button. */
export function StepSummary({ rows }: { rows: SummaryRow[] }) {
  return (
    <div className="rounded-xl border border-line bg-surface/60 p-3">
      <p className="font-medium text-ink text-xs uppercase tracking-wider">Before you send</p>
      <dl className="mt-2 space-y-1.5 text-sm">
        {rows.map((row) => (
          <div key={row.label} className="flex flex-wrap justify-between gap-x-4 gap-y-0.5">
            <dt className="text-muted">{row.label}</dt>
            <dd className="min-w-0 break-all text-right text-ink" data-testid={row.testId}>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
