import type { ReactNode } from "react";
import type { HealthTone } from "@/lib/prover-console/health";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { Amount } from "../ui/amount";

const LIGHT: Record<HealthTone, { dot: string; frame: string; word: string }> = {
  good: { dot: "bg-success", frame: "border-success/40 bg-success/5", word: "Healthy" },
  warn: { dot: "bg-warning", frame: "border-warning/50 bg-warning/10", word: "Needs attention" },
  bad: { dot: "bg-danger", frame: "border-danger/50 bg-danger/10", word: "Cannot be paid" },
};

/** The verdict at the top of the console: a traffic light, the state and why, and the fix when it is not Active. */
export function HealthPanel({ model, fixAction }: { model: ConsoleModel; fixAction?: ReactNode }) {
  const { health } = model;
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
      <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Figure label="Own stake">
          <Amount wei={model.selfStake} testId="self-stake" />
        </Figure>
        <Figure label="Minimum self-stake">
          <Amount wei={model.rules.minSelfStake} />
        </Figure>
        <Figure label="Slashing scale">
          <span data-testid="slashing-scale">{Number(model.slashingScale) / 100} %</span>
        </Figure>
        <Figure label="Deactivation line">{Number(model.rules.deactivationScale) / 100} %</Figure>
      </dl>
    </section>
  );
}

export function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-muted text-xs">{label}</dt>
      <dd className="mt-0.5 break-words font-medium text-ink tabular-nums">{children}</dd>
    </div>
  );
}
