export type StakeStep = "approve" | "stake" | "done";

const STEPS: { id: StakeStep; label: string }[] = [
  { id: "approve", label: "Approve" },
  { id: "stake", label: "Stake" },
  { id: "done", label: "Done" },
];

/** Approve → Stake → Done, with the step the person is at marked for eyes and screen readers. */
export function StakeSteps({ current, approvalNeeded }: { current: StakeStep; approvalNeeded: boolean }) {
  const at = STEPS.findIndex((step) => step.id === current);
  return (
    <ol aria-label="Staking steps" className="flex items-center gap-2 text-xs" data-testid="stake-steps">
      {STEPS.map((step, index) => {
        const isCurrent = index === at;
        const isPast = index < at || (step.id === "approve" && !approvalNeeded && current !== "approve");
        const tone = isCurrent
          ? "border-accent bg-accent-fill text-white"
          : isPast
            ? "border-success/50 text-success"
            : "border-line text-muted";
        return (
          <li key={step.id} className="flex items-center gap-2">
            {index > 0 ? (
              <span aria-hidden className="text-muted">
                →
              </span>
            ) : null}
            <span
              className={`rounded-full border px-2.5 py-0.5 font-medium ${tone}`}
              aria-current={isCurrent ? "step" : undefined}
            >
              {isPast && !isCurrent ? "✓ " : ""}
              {step.label}
              {step.id === "approve" && current === "stake" && !approvalNeeded ? (
                <span className="sr-only"> (not needed: your approval covers this amount)</span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
