import { ApyFigure } from "@/components/provers/apy-figure";
import { RewardsByDayChart } from "@/components/provers/rewards-by-day-chart";
import { SlashList } from "@/components/provers/slash-list";
import { COMMISSION_WINDOWS, commissionBySource, epochRewardsFor } from "@/lib/prover-console/history";
import type { ConsoleHistory } from "@/lib/prover-console/read-history";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import { type CommissionWindowSums, CommissionWindows } from "./commission-windows";
import { FeeComparison } from "./fee-comparison";
import { Figure } from "./figure";

/** The console's history from the indexer: earnings, how the prover compares, past slashes, submitters. */
export function ConsoleHistoryPanels({ history }: { history: ConsoleHistory }) {
  const { detail, series, fees, epochs } = history;
  const rewardsByEpoch = epochRewardsFor(epochs);
  const now = detail.asOf;
  const commissionWindows = COMMISSION_WINDOWS.map((days): CommissionWindowSums => {
    const sums = commissionBySource(series.rewardsDaily, series.asOf, days);
    return {
      days,
      market: sums.market.toString(),
      epoch: sums.epoch.toString(),
      other: sums.other.toString(),
      total: sums.total.toString(),
    };
  });
  return (
    <div className="space-y-6" data-testid="console-history">
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card
          title="Earnings"
          description="Your commission by window, and what your stakers earned net of it."
          className="lg:col-span-1"
        >
          <CommissionWindows windows={commissionWindows} />
          <dl className="mt-4 grid grid-cols-2 gap-3 text-sm">
            <Figure label="Stakers' APY (30 days)">
              <ApyFigure apy={detail.prover.apy30d} windowDays={30} withGross testId="stakers-apy" />
            </Figure>
            <Figure label="Foundation rewards (all time)">
              <Amount wei={detail.prover.rewards.epoch} />
            </Figure>
          </dl>
          {rewardsByEpoch.length > 0 ? (
            <div className="mt-4">
              <h3 className="font-medium text-ink text-xs uppercase tracking-wider">Foundation rewards per epoch</h3>
              <ul className="mt-2 space-y-1 text-sm" data-testid="epoch-rewards">
                {rewardsByEpoch.map((entry) => (
                  <li key={entry.epoch} className="flex justify-between gap-3">
                    <span>Epoch {entry.epoch}</span>
                    <Amount wei={entry.amount} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Card>
        <Card
          title="Rewards by day (90 days)"
          description="Before commission; market fees after the protocol fee."
          className="lg:col-span-2"
        >
          <RewardsByDayChart days={series.rewardsDaily} />
        </Card>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <FeeComparison fees={fees} />
        <Card title="Past slashes">
          <SlashList slashes={detail.slashes} now={now} />
        </Card>
        <Card
          title="Submitters over time"
          description="Accounts that may bid and prove for you, from the chain's events."
        >
          {detail.submitters.length === 0 ? (
            <p className="text-muted text-sm">No submitter was ever registered.</p>
          ) : (
            <ul className="divide-y divide-line text-sm" data-testid="submitter-history">
              {detail.submitters.map((entry) => (
                <li key={entry.submitter} className="flex items-baseline justify-between gap-3 py-1.5">
                  <code className="min-w-0 truncate font-mono text-xs" title={entry.submitter}>
                    {entry.submitter}
                  </code>
                  <span className="shrink-0 text-muted text-xs">
                    {entry.active ? "added " : "removed; added "}
                    <RelativeTime at={entry.registeredAt} now={now} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
