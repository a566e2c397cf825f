import type { ReactNode } from "react";

export function Stat({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="rounded-2xl border border-line bg-panel p-5 shadow-sm">
      <dt className="text-muted text-xs uppercase tracking-wider">{label}</dt>
      <dd className="mt-2 font-semibold text-2xl text-ink tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {/* A dl's groups hold only dt and dd: the hint is a second description of the value. */}
      {hint ? <dd className="mt-1 text-muted text-xs">{hint}</dd> : null}
    </div>
  );
}
