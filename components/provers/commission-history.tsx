import { formatBps } from "@/lib/format/percent";
import { SOURCE_LABEL } from "@/lib/format/source";
import type { CommissionChanges } from "@/lib/indexer/schemas";
import { RelativeTime } from "../ui/relative-time";

// An override for any other source address reads "Other source" (below), one address at a time.
export const RATE_LABEL: Record<string, string> = {
  default: "Default rate",
  market: SOURCE_LABEL.market,
  epoch: SOURCE_LABEL.epoch,
};
const WEEK = 7 * 86_400;

/** Recent commission changes first; a change within a week is called out before anything else. */
export function CommissionHistory({ changes, now }: { changes: CommissionChanges["items"]; now: number }) {
  const recent = changes.filter((change) => change.timestamp > now - WEEK);
  return (
    <div className="space-y-3">
      {recent.length > 0 ? (
        <p
          className="rounded-xl border border-danger/40 bg-danger/5 p-3 text-ink text-sm"
          data-testid="commission-warning"
        >
          Commission changed in the last 7 days: {RATE_LABEL[recent[0]?.sourceKind ?? ""] ?? "a source"} from{" "}
          {formatBps(recent[0]?.oldRateBps ?? 0)} to {formatBps(recent[0]?.newRateBps ?? 0)},{" "}
          <RelativeTime at={recent[0]?.timestamp ?? now} now={now} />.
        </p>
      ) : null}
      {changes.length === 0 ? (
        <p className="text-muted text-sm">The commission has not changed since the prover joined.</p>
      ) : (
        <ul className="divide-y divide-line text-sm">
          {changes.slice(0, 10).map((change) => (
            <li
              key={`${change.timestamp}-${change.source}-${change.newRateBps}`}
              className="flex justify-between gap-3 py-2"
            >
              <span>
                {RATE_LABEL[change.sourceKind] ?? "Other source"}: {formatBps(change.oldRateBps)} →{" "}
                {formatBps(change.newRateBps)}
                {change.useDefault && change.sourceKind !== "default" ? " (back to default)" : ""}
              </span>
              <RelativeTime at={change.timestamp} now={now} className="text-muted" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
