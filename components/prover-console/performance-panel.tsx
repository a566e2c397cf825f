import { formatAbsolute } from "@/lib/format/time";
import type { ConsoleModel } from "@/lib/prover-console/model";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { Figure } from "./health-panel";

const pct = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

/** The market's lifetime counts for the prover: success rate with its Wilson interval, and the bid funnel. */
export function PerformancePanel({ model }: { model: ConsoleModel }) {
  const stats = model.performance;
  if (!stats) return null;
  const winRate = stats.reveals > 0n ? Number(stats.wins) / Number(stats.reveals) : null;
  return (
    <Card
      title="Performance"
      description="Success rate = fulfilled / (fulfilled + refunded + overdue), as the market counts it; the interval is Wilson's at 95 %."
    >
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
        <Figure label="Success rate">
          <span data-testid="success-rate">{(Number(stats.successRateBps) / 100).toFixed(2)} %</span>
        </Figure>
        <Figure label="95 % interval">
          <span data-testid="success-interval">
            {stats.trials === 0 ? "no trials yet" : `${pct(stats.lowerBound)} – ${pct(stats.upperBound)}`}
          </span>
        </Figure>
        <Figure label="Fees received">
          <Amount wei={stats.feeReceived} />
        </Figure>
        <Figure label="Bids → reveals → wins">
          <span data-testid="funnel">
            {stats.bids.toString()} → {stats.reveals.toString()} → {stats.wins.toString()}
          </span>
        </Figure>
        <Figure label="Win rate (of reveals)">{winRate === null ? "—" : pct(winRate)}</Figure>
        <Figure label="Fulfilled / refunded / overdue">
          {stats.fulfilled.toString()} / {stats.refunded.toString()} / {stats.overdue.toString()}
        </Figure>
      </dl>
      <p className="mt-4 border-line border-t pt-3 text-muted text-sm" data-testid="stats-epoch">
        This stats epoch (since {formatAbsolute(Number(stats.recent.startAt))}): {stats.recent.bids.toString()} bids,{" "}
        {stats.recent.reveals.toString()} reveals, {stats.recent.fulfilled.toString()} fulfilled,{" "}
        {stats.recent.refunded.toString()} refunded, <Amount wei={stats.recent.feeReceived} /> in fees.
      </p>
    </Card>
  );
}
