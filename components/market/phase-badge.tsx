import { PHASE_LABELS, type RequestPhase } from "@/lib/market/phase";

const TONE: Record<RequestPhase, string> = {
  bidding: "bg-accent/15 text-accent",
  reveal: "bg-accent/15 text-accent",
  proving: "bg-accent/15 text-accent",
  overdue: "bg-warning/15 text-warning",
  unassigned: "bg-muted/15 text-muted",
  fulfilled: "bg-success/15 text-success",
  refunded: "bg-muted/15 text-muted",
  slashed: "bg-danger/15 text-danger",
};

export function PhaseBadge({ phase }: { phase: RequestPhase }) {
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 font-medium text-xs ${TONE[phase]}`}
      data-phase={phase}
    >
      {PHASE_LABELS[phase]}
    </span>
  );
}
