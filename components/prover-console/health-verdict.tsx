"use client";

import type { ReactNode } from "react";
import {
  type Health,
  type HealthFacts,
  type HealthTone,
  healthInput,
  healthVerdict,
} from "@/lib/prover-console/health";
import { type Obligation, obligationTotals, type SlashTerms } from "@/lib/prover-console/obligations";
import { useObligationsNow } from "./use-obligations-now";

const LIGHT: Record<HealthTone, { dot: string; frame: string; word: string }> = {
  good: { dot: "bg-success", frame: "border-success/40 bg-success/5", word: "Healthy" },
  warn: { dot: "bg-warning", frame: "border-warning/50 bg-warning/10", word: "Needs attention" },
  bad: { dot: "bg-danger", frame: "border-danger/50 bg-danger/10", word: "Cannot be paid" },
};

/**
 * A traffic light, the state and why, and the fix when the prover is not Active. It counts the
 * obligations on the same ticking clock as the obligations card, so a deadline that passes turns
 * both to "overdue" together.
 */
export function HealthVerdict({
  health: read,
  facts,
  obligations: held,
  readAt,
  terms,
  fixAction,
  children,
}: {
  health: Health;
  facts: HealthFacts;
  obligations: readonly Obligation[];
  readAt: number;
  terms: SlashTerms;
  fixAction?: ReactNode;
  children: ReactNode;
}) {
  const { obligations } = useObligationsNow(held, readAt, terms);
  const health = obligations === held ? read : healthVerdict(healthInput(facts, obligationTotals(obligations)));
  const light = LIGHT[health.tone];
  return (
    <section
      className={`rounded-2xl border p-5 ${light.frame}`}
      data-testid="console-health"
      data-tone={health.tone}
      aria-labelledby="console-health-title"
    >
      <div className="flex items-start gap-3">
        <span className={`mt-1.5 size-3 shrink-0 rounded-full ${light.dot}`} aria-hidden="true" />
        <div className="min-w-0 flex-1 space-y-2">
          <h2 id="console-health-title" className="font-semibold text-ink">
            {light.word} · <span data-testid="console-state">{health.state}</span>
          </h2>
          <p
            className={health.canBePaid ? "text-ink text-sm" : "font-semibold text-danger"}
            data-testid="health-headline"
          >
            {health.headline}
          </p>
          <ul className="list-disc space-y-1 pl-5 text-muted text-sm">
            {health.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {health.fix ? (
            <div className="space-y-2 rounded-xl border border-line bg-panel p-3 text-sm" data-testid="health-fix">
              <p className="font-medium text-ink">The fix: {health.fix.text}</p>
              {fixAction}
            </div>
          ) : null}
        </div>
      </div>
      {children}
    </section>
  );
}
