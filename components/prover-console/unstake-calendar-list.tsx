"use client";

import { formatAbsolute, formatDeadline } from "@/lib/format/time";
import { useChainNow } from "@/lib/hooks/use-chain-now";
import { type PendingRequest, type UnstakeTerms, unstakeCalendar } from "@/lib/prover-console/unstake-calendar";
import { Amount } from "../ui/amount";

/**
 * When pending unstakes leave the prover, by day, with a countdown to the next maturity that
 * ticks from the chain's time at the read; a request whose countdown ends moves to "matured".
 */
export function UnstakeCalendarList({
  requests,
  terms,
  now: readAt,
}: {
  requests: readonly PendingRequest[];
  terms: UnstakeTerms;
  now: number;
}) {
  const waiting = requests.some((request) => Number(request.requestTime + terms.unstakeDelay) > readAt);
  const now = useChainNow(readAt, waiting);
  const calendar = unstakeCalendar(requests, { ...terms, now });
  const next = calendar.days[0];
  return (
    <div className="mt-4" data-testid="unstake-calendar">
      <h3 className="font-medium text-ink text-xs uppercase tracking-wider">
        When pending unstakes leave ({calendar.stakers} staker{calendar.stakers === 1 ? "" : "s"})
      </h3>
      {calendar.total === 0n ? (
        <p className="mt-2 text-muted text-sm">No unstake is pending.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {calendar.readyNow > 0n ? (
            <li className="flex justify-between gap-3">
              <span>Matured, may leave any time</span>
              <Amount wei={calendar.readyNow} />
            </li>
          ) : null}
          {calendar.days.map((day) => (
            <li key={day.day} className="flex justify-between gap-3" data-testid="unstake-day">
              <span title={formatAbsolute(day.firstAt)}>
                {day.day} · {day.stakers} staker{day.stakers === 1 ? "" : "s"}
              </span>
              <Amount wei={day.amount} />
            </li>
          ))}
        </ul>
      )}
      {next ? (
        <p className="mt-2 text-muted text-xs" data-testid="next-maturity">
          The next matures {formatDeadline(next.firstAt, now)}.
        </p>
      ) : null}
    </div>
  );
}
