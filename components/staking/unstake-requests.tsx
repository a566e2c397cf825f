"use client";

import { Amount } from "@/components/ui/amount";
import { formatAbsolute, formatCountdown } from "@/lib/format/time";
import type { PendingUnstake } from "@/lib/portfolio/live-portfolio";

/** Every pending request: amount and a live countdown to when it can be withdrawn (the absolute time on hover). */
export function UnstakeRequests({ requests, now }: { requests: PendingUnstake[]; now: number }) {
  if (requests.length === 0) return <p className="text-muted text-sm">No pending unstake requests.</p>;
  return (
    <ul className="divide-y divide-line text-sm" data-testid="pending-requests">
      {requests.map((request, index) => {
        const matured = request.readyAt <= now;
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: requests have no id on chain and two can share time and amount; their order only changes when a withdrawal removes matured ones.
            key={`${request.requestedAt}-${request.amount}-${index}`}
            className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2"
            data-testid="pending-request"
            data-amount={request.amount.toString()}
            data-ready-at={request.readyAt}
          >
            <span className="font-medium text-ink">
              <Amount wei={request.amount} />
            </span>
            <span className="text-muted">
              {matured ? (
                <span className="font-medium text-success">Ready to withdraw</span>
              ) : (
                <>
                  ready in{" "}
                  <time
                    dateTime={new Date(request.readyAt * 1000).toISOString()}
                    title={formatAbsolute(request.readyAt)}
                    className="tabular-nums"
                    data-testid="countdown"
                  >
                    {formatCountdown(request.readyAt - now)}
                  </time>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
