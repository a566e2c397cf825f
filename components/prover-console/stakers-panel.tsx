import { LOCALE } from "@/lib/format/locale";
import { formatBps } from "@/lib/format/percent";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { Figure } from "./figure";
import { UnstakeCalendarList } from "./unstake-calendar-list";

/** Who backs the prover, how much of the stake is its own, and when pending unstakes leave. */
export function StakersPanel({ model }: { model: ConsoleModel }) {
  const { stakers } = model;
  return (
    <Card title="Stakers and liquidity" description="Pending unstakes stay slashable until they are withdrawn.">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Figure label="Stakers">
          <span data-testid="staker-count">{stakers.count.toString()}</span>
        </Figure>
        <Figure label="Own stake">
          <Amount wei={model.selfStake} />
        </Figure>
        <Figure label="Outside stake">
          <Amount wei={model.outsideStake} />
        </Figure>
        <Figure label="Pending unstakes">
          <Amount wei={stakers.pendingUnstakes} testId="pending-unstakes" />
        </Figure>
      </dl>
      {stakers.top.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-medium text-ink text-xs uppercase tracking-wider">Largest stakers</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {stakers.top.map((entry) => (
              <li key={entry.staker} className="flex items-baseline justify-between gap-3">
                <code className="min-w-0 truncate font-mono text-xs" title={entry.staker}>
                  {entry.isProver ? "the prover itself" : entry.staker}
                </code>
                <span className="shrink-0 tabular-nums">
                  <Amount wei={entry.value} compact /> · {formatBps(entry.shareBps)}
                </span>
              </li>
            ))}
          </ul>
          {stakers.count > BigInt(stakers.top.length) ? (
            <p className="mt-1 text-muted text-xs" data-testid="more-stakers">
              and {(stakers.count - BigInt(stakers.top.length)).toLocaleString(LOCALE)} more
            </p>
          ) : null}
        </div>
      ) : null}
      <UnstakeCalendarList requests={model.unstakes.requests} terms={model.unstakes.terms} now={model.now} />
    </Card>
  );
}
