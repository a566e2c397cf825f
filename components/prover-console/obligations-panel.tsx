"use client";

import { formatAbsolute, formatDeadline } from "@/lib/format/time";
import {
  type Obligation,
  type ObligationStatus,
  obligationTotals,
  type SlashTerms,
} from "@/lib/prover-console/obligations";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { useObligationsNow } from "./use-obligations-now";

const STATUS: Record<ObligationStatus, { word: string; tone: string }> = {
  overdue: { word: "Overdue", tone: "bg-danger/15 text-danger" },
  "at-risk": { word: "At risk", tone: "bg-warning/20 text-ink" },
  "on-track": { word: "On track", tone: "bg-success/15 text-success" },
};

/**
 * Requests the prover holds as winner: deadlines, the ones at risk, the overdue ones and what a
 * slash would take. The countdowns tick from the chain's time at the read, and an item whose
 * countdown crosses zero moves to its next state without waiting for the next read.
 */
export function ObligationsPanel({
  obligations: read,
  now: readAt,
  terms,
}: {
  obligations: readonly Obligation[];
  now: number;
  terms: SlashTerms;
}) {
  const { now, obligations } = useObligationsNow(read, readAt, terms);
  const totals = obligationTotals(obligations);
  return (
    <Card
      title="Obligations"
      description={`Requests you won and must prove before the deadline. An overdue one can be refunded and then slashed by anyone: ${Number(terms.slashBps) / 100} % of its minimum stake.`}
    >
      <p className="text-sm" data-testid="obligation-totals">
        {obligations.length} held · <span className="text-warning">{totals.atRisk} at risk</span> ·{" "}
        <span className="text-danger">{totals.overdue} overdue</span>
        {totals.amountAtRisk > 0n ? (
          <>
            {" "}
            · <Amount wei={totals.amountAtRisk} testId="amount-at-risk" /> can be slashed
          </>
        ) : null}
      </p>
      {obligations.length === 0 ? (
        <p className="mt-3 text-muted text-sm">No request is waiting for your proof.</p>
      ) : (
        <ul className="mt-3 divide-y divide-line text-sm" data-testid="obligations">
          {obligations.map((item) => (
            <li key={item.reqid} className="space-y-1 py-2" data-testid="obligation" data-status={item.status}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <code className="min-w-0 truncate font-mono text-xs" title={item.reqid}>
                  {item.reqid.slice(0, 10)}…{item.reqid.slice(-6)}
                </code>
                <span className={`rounded-full px-2 py-0.5 font-medium text-xs ${STATUS[item.status].tone}`}>
                  {STATUS[item.status].word}
                </span>
              </div>
              <p className="text-muted text-xs">
                Minimum stake <Amount wei={item.minStake} /> · deadline{" "}
                <span title={formatAbsolute(item.deadline)} data-testid="obligation-deadline">
                  {formatDeadline(item.deadline, now)}
                </span>
              </p>
              {item.slashWindowEnd !== null ? (
                <p className="text-danger text-xs">
                  {item.amountAtRisk > 0n ? (
                    <>
                      <Amount wei={item.amountAtRisk} /> at risk until {formatAbsolute(item.slashWindowEnd)} (slash
                      window ends {formatDeadline(item.slashWindowEnd, now)}).
                    </>
                  ) : (
                    <>The slash window closed at {formatAbsolute(item.slashWindowEnd)}; it still counts as a miss.</>
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
