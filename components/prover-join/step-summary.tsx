import type { ReactNode } from "react";
import type { Address } from "viem";

export type SummaryRow = { label: string; value: ReactNode; testId?: string };

/** "Before you send": what the transaction does, line by line, right above its button. */
export function StepSummary({ rows }: { rows: SummaryRow[] }) {
  return (
    <div className="rounded-xl border border-line bg-surface/60 p-3">
      <p className="font-medium text-ink text-xs uppercase tracking-wider">Before you send</p>
      <dl className="mt-2 space-y-1.5 text-sm">
        {rows.map((row) => (
          // Phones: the value under its label.
          <div key={row.label} className="flex flex-col gap-x-4 gap-y-0.5 sm:flex-row sm:justify-between">
            <dt className="shrink-0 text-muted">{row.label}</dt>
            <dd className="min-w-0 break-words text-ink sm:text-right" data-testid={row.testId}>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * An address in a summary row: whole from a tablet up; on a phone, where 42 characters would
 * wrap in the summary box, its two ends (the whole one is in the title and in the facts above).
 */
export function SummaryAddress({ address }: { address: Address }) {
  return (
    <code className="font-mono text-ink text-xs sm:text-sm" title={address}>
      <span className="sm:hidden">
        {address.slice(0, 12)}…{address.slice(-10)}
      </span>
      <span className="hidden sm:inline">{address}</span>
    </code>
  );
}
