import { formatBps } from "@/lib/format/percent";
import { formatAbsolute } from "@/lib/format/time";
import type { ConsoleModel } from "@/lib/prover-console/model";
import type { StatsEpochRow } from "@/lib/prover-console/stats-epochs";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { Figure } from "./health-panel";

const pct = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

const STATUS: Record<StatsEpochRow["status"], string> = {
  open: "current, no end scheduled",
  current: "current",
  ended: "ended",
};
const share = (bps: bigint | null) => (bps === null ? "—" : formatBps(bps));

/** The market's counts per stats epoch, newest first, with the prover's share of the market's. */
function StatsEpochTable({ epochs }: { epochs: readonly StatsEpochRow[] }) {
  if (epochs.length === 0) return null;
  return (
    <div className="mt-4 border-line border-t pt-3">
      <h3 className="font-medium text-ink text-xs uppercase tracking-wider">Per stats epoch</h3>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[22rem] text-xs" data-testid="stats-epochs">
          <thead className="text-left text-muted">
            <tr>
              <th className="py-1 pr-2 font-normal">Epoch</th>
              <th className="py-1 pr-2 font-normal">Bids → reveals</th>
              <th className="py-1 pr-2 font-normal">Fulfilled / refunded</th>
              <th className="py-1 pr-2 font-normal">Fees</th>
              <th className="py-1 font-normal">Your share (fulfilled · fees)</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line tabular-nums">
            {epochs.map((epoch) => (
              <tr
                key={epoch.id.toString()}
                data-testid="stats-epoch"
                data-epoch={epoch.id.toString()}
                data-status={epoch.status}
              >
                <td className="py-1.5 pr-2">
                  <span className="font-medium text-ink">#{epoch.id.toString()}</span>{" "}
                  <span className="text-muted" title={formatAbsolute(Number(epoch.startAt))}>
                    from {formatAbsolute(Number(epoch.startAt)).slice(0, 10)}, {STATUS[epoch.status]}
                  </span>
                </td>
                <td className="py-1.5 pr-2" data-testid="epoch-funnel">
                  {epoch.bids.toString()} → {epoch.reveals.toString()}
                </td>
                <td className="py-1.5 pr-2" data-testid="epoch-settled">
                  {epoch.fulfilled.toString()} / {epoch.refunded.toString()}
                </td>
                <td className="py-1.5 pr-2">
                  <Amount wei={epoch.feeReceived} testId="epoch-fees" />
                </td>
                <td className="py-1.5" data-testid="epoch-share">
                  {share(epoch.fulfilledShareBps)} · {share(epoch.feeShareBps)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-muted text-xs">
        The market counts a fulfilment or refund in the epoch it happens, not the one the request was won in, so wins
        and win rate are lifetime figures only. Shares are of the whole market's fulfilled requests and fees in the
        epoch.
      </p>
    </div>
  );
}

/** The market's counts for the prover: lifetime success rate with its Wilson interval, the bid funnel, and per stats epoch. */
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
      <StatsEpochTable epochs={stats.epochs} />
    </Card>
  );
}
