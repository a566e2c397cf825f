import { proverStateName } from "@/lib/provers/state";

const TONE = {
  Active: "bg-success/15 text-success",
  Deactivated: "bg-muted/15 text-muted",
  Jailed: "bg-danger/15 text-danger",
  Null: "bg-muted/15 text-muted",
} as const;

export function StateBadge({ state, retired }: { state: number; retired?: boolean }) {
  const name = proverStateName(state);
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 font-medium text-xs ${TONE[name]}`}>
      {retired ? "Retired" : name}
    </span>
  );
}
