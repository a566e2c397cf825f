import { formatBps } from "@/lib/format/percent";
import { formatAbsolute } from "@/lib/format/time";
import type { ConsoleModel } from "@/lib/prover-console/model";
import type { StatsEpochRow } from "@/lib/prover-console/stats-epochs";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { Figure } from "./figure";

const pct = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

const STATUS: Record<StatsEpochRow["status"], string> = {
  open: "current, no end scheduled",
  current: "current",
  ended: "ended",
};
const share = (bps: bigint | null) => (bps === null ? "—" : formatBps(bps));
/** One row per epoch: stacked on a phone, a column each from the small breakpoint up. */
const EPOCH_COLUMNS = "gap-x-2 sm:grid-cols-[2fr_1fr_1fr_1fr_1.4fr]";

/** A figure of an epoch's row, its label shown beside it on a phone (the header row names it above). */
function EpochCell({ label, testId, children }: { label: string; testId?: string; children: React.ReactNode }) {
  return (
    <span>
      <span className="text-muted sm:sr-only">{label}: </span>
      <span data-testid={testId}>{children}</span>
    </span>
  );
}

/** The market's counts per stats epoch, newest first, with the prover's share of the market's. */
function StatsEpochTable({ epochs }: { epochs: readonly StatsEpochRow[] }) {
  if (epochs.length === 0) return null;
  return (
    <div className="mt-4 border-line border-t pt-3">
      <h3 className="font-medium text-ink text-xs uppercase tracking-wider">Per stats epoch</h3>
      <ul className="mt-2 divide-y divide-line text-xs tabular-nums" data-testid="stats-epochs">
        <li className={`hidden py-1 text-muted sm:grid ${EPOCH_COLUMNS}`} aria-hidden>
          <span>Epoch</span>
          <span>Bids → reveals</span>
          <span>Fulfilled / refunded</span>
          <span>Fees</span>
          <span>Your share (fulfilled · fees)</span>
        </li>
        {epochs.map((epoch) => (
          <li
            key={epoch.id.toString()}
            className={`grid grid-cols-2 gap-y-1 py-1.5 sm:items-baseline ${EPOCH_COLUMNS}`}
            data-testid="stats-epoch"
            data-epoch={epoch.id.toString()}
            data-status={epoch.status}
          >
            <span className="col-span-2 sm:col-span-1">
              <span className="font-medium text-ink">#{epoch.id.toString()}</span>{" "}
              <span className="text-muted" title={formatAbsolute(Number(epoch.startAt))}>
                from {formatAbsolute(Number(epoch.startAt)).slice(0, 10)}, {STATUS[epoch.status]}
              </span>
            </span>
            <EpochCell label="Bids → reveals" testId="epoch-funnel">
              {epoch.bids.toString()} → {epoch.reveals.toString()}
            </EpochCell>
            <EpochCell label="Fulfilled / refunded" testId="epoch-settled">
              {epoch.fulfilled.toString()} / {epoch.refunded.toString()}
            </EpochCell>
            <EpochCell label="Fees">
              <Amount wei={epoch.feeReceived} testId="epoch-fees" />
            </EpochCell>
            <EpochCell label="Your share (fulfilled · fees)" testId="epoch-share">
              {share(epoch.fulfilledShareBps)} · {share(epoch.feeShareBps)}
            </EpochCell>
          </li>
        ))}
      </ul>
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
