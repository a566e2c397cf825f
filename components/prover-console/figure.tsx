import type { ReactNode } from "react";

/** One labelled figure of a console card's definition list. */
export function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-muted text-xs">{label}</dt>
      <dd className="mt-0.5 break-words font-medium text-ink tabular-nums">{children}</dd>
    </div>
  );
}
