import { JOIN_STEPS, type JoinStep } from "@/lib/prover-profile/join-step";
import { StepCostText } from "./step-cost";
import type { JoinCosts } from "./use-join-costs";

const LABELS: Record<Exclude<JoinStep, "edit">, { title: string; what: string }> = {
  approve: { title: "Approve", what: "Let the staking contract take exactly the minimum self-stake." },
  initialize: { title: "Join", what: "Deploy your vault, stake the minimum into it, set your commission." },
  profile: { title: "Profile", what: "Name and icon, shown in the directory and on your page." },
};

const STEPS = JOIN_STEPS.filter((step): step is Exclude<JoinStep, "edit"> => step !== "edit");

/** The three steps with where the account stands and what each still costs. */
export function JoinProgress({
  current,
  costs,
  costsLoading,
  costError,
}: {
  current: JoinStep;
  costs: JoinCosts | undefined;
  costsLoading: boolean;
  costError: string | undefined;
}) {
  const at = JOIN_STEPS.indexOf(current);
  return (
    <ol aria-label="Steps to join" className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="join-steps">
      {STEPS.map((step, index) => {
        const isCurrent = index === at;
        const isDone = index < at;
        const tone = isCurrent ? "border-accent ring-2 ring-accent/25" : isDone ? "border-success/50" : "border-line";
        return (
          <li
            key={step}
            className={`rounded-xl border bg-panel p-3 ${tone}`}
            aria-current={isCurrent ? "step" : undefined}
            data-testid={`join-step-${step}`}
            data-status={isCurrent ? "current" : isDone ? "done" : "ahead"}
          >
            <p className="flex items-baseline justify-between gap-2 text-sm">
              <span className="font-semibold text-ink">
                {index + 1}. {LABELS[step].title}
              </span>
              <span className={`text-xs ${isDone ? "text-success" : isCurrent ? "text-accent" : "text-muted"}`}>
                {isDone ? "✓ Done" : isCurrent ? "Now" : "Next"}
              </span>
            </p>
            <p className="mt-1 text-muted text-xs">{LABELS[step].what}</p>
            {isDone ? null : (
              <p className="mt-2 text-xs">
                <span className="text-muted">Cost </span>
                <StepCostText
                  cost={costs?.[step]}
                  loading={costsLoading}
                  error={costError}
                  testId={`join-cost-${step}`}
                />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
