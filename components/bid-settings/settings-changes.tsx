import type { BidSettingsChange } from "@/lib/bid-settings/diff";
import { RULE_LABELS } from "@/lib/bid-settings/schema";

function valueText(value: string | readonly string[] | null): string {
  if (value === null) return "not set";
  if (typeof value === "string") return value;
  return value.length === 0 ? "none" : value.join("\n");
}

function ChangeSide({
  label,
  value,
  testId,
}: {
  label: string;
  value: string | readonly string[] | null;
  testId: string;
}) {
  return (
    <dd className="min-w-0">
      <span className="text-muted text-xs">{label}: </span>
      <span className="whitespace-pre-wrap break-all font-mono text-ink text-xs" data-testid={testId}>
        {valueText(value)}
      </span>
    </dd>
  );
}

/** Rules that differ, each as before → after; every value is text, never markup. */
export function SettingsChanges({
  changes,
  beforeLabel = "Before",
  afterLabel = "After",
  testId,
}: {
  changes: readonly BidSettingsChange[];
  beforeLabel?: string;
  afterLabel?: string;
  testId?: string;
}) {
  if (changes.length === 0) {
    return (
      <p className="text-muted text-sm" data-testid={testId}>
        No differences.
      </p>
    );
  }
  return (
    <dl className="divide-y divide-line text-sm" data-testid={testId}>
      {changes.map((change) => (
        <div key={change.key} className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr_1fr] sm:gap-3" data-key={change.key}>
          <dt className="font-medium text-ink">{RULE_LABELS[change.key]}</dt>
          <ChangeSide label={beforeLabel} value={change.before} testId="change-before" />
          <ChangeSide label={afterLabel} value={change.after} testId="change-after" />
        </div>
      ))}
    </dl>
  );
}
