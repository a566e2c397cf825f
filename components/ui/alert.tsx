import type { ReactNode } from "react";

/** A problem the reader should know about, in words: a title and what to do. */
export function Alert({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <div role="alert" className="rounded-2xl border border-danger/40 bg-danger/5 p-5 text-ink" data-testid={testId}>
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-muted text-sm">{children}</p>
    </div>
  );
}
