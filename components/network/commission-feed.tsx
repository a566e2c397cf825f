import { formatBps } from "@/lib/format/percent";
import type { CommissionChanges } from "@/lib/indexer/schemas";
import { RATE_LABEL } from "../provers/commission-history";
import { ProverLink } from "../provers/prover-link";
import { RelativeTime } from "../ui/relative-time";

/**
 * Commission changes, newest first: a change applies the moment it lands, to stake already in
 * the vault, so a raise is called out.
 */
export function CommissionFeed({ changes, showProver = true }: { changes: CommissionChanges; showProver?: boolean }) {
  if (changes.items.length === 0) return <p className="text-muted text-sm">No commission rate has changed.</p>;
  return (
    <ul className="divide-y divide-line text-sm" data-testid="commission-feed">
      {changes.items.map((change) => (
        <li
          key={`${change.timestamp}-${change.prover}-${change.source}-${change.newRateBps}`}
          className="flex flex-wrap justify-between gap-x-3 gap-y-1 py-2"
        >
          <span className="min-w-0">
            {showProver ? (
              <>
                <ProverLink address={change.prover} name={change.proverName} />:{" "}
              </>
            ) : null}
            {RATE_LABEL[change.sourceKind] ?? "Other source"} {formatBps(change.oldRateBps)} →{" "}
            <span className={change.newRateBps > change.oldRateBps ? "font-semibold text-danger" : "font-semibold"}>
              {formatBps(change.newRateBps)}
            </span>
            {change.newRateBps > change.oldRateBps ? <span className="sr-only"> (a raise)</span> : null}
            {change.useDefault && change.sourceKind !== "default" ? " (back to default)" : ""}
          </span>
          <RelativeTime at={change.timestamp} now={changes.asOf} className="text-muted" />
        </li>
      ))}
    </ul>
  );
}
