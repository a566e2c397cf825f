import { formatBps } from "@/lib/format/percent";
import type { Epochs, NetworkOverview } from "@/lib/indexer/schemas";
import { LazyFeeFlowChart } from "../charts/lazy-charts";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import { WhenVisible } from "./when-visible";

function provers(count: number): string {
  return count === 1 ? "1 prover" : `${count} provers`;
}

/** Fee flow by day and source, the running reward epoch, and how concentrated stake is, in words. */
export function NetworkTrends({ network, epochs }: { network: NetworkOverview; epochs: Epochs }) {
  const { decentralization: d, daily } = network;
  const current = epochs.current;
  const last = epochs.items[0];
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <Card
        title="Fees and rewards, last 30 days"
        description="What provers' vaults received per day: market fees from proof requests and foundation epoch rewards."
        className="lg:col-span-2"
      >
        <WhenVisible className="h-56 w-full">
          <LazyFeeFlowChart
            days={daily.map((day) => ({
              day: day.day,
              market: day.marketFees.toString(),
              epoch: day.epochRewards.toString(),
              other: day.otherRewards.toString(),
            }))}
          />
        </WhenVisible>
      </Card>
      <div className="space-y-6">
        <Card title="Reward epoch">
          {current ? (
            <p className="text-sm" data-testid="current-epoch">
              Epoch <span className="font-semibold">{current.epoch}</span> ends{" "}
              <RelativeTime at={current.endsAt} now={epochs.asOf} className="font-semibold" />.
            </p>
          ) : (
            <p className="text-muted text-sm">No epoch schedule is set.</p>
          )}
          {last ? (
            <p className="mt-2 text-muted text-sm">
              Epoch {last.epoch} paid <Amount wei={last.amount} compact /> to {provers(last.rewards.length)}.
            </p>
          ) : null}
        </Card>
        <Card title="Concentration">
          <p className="text-sm" data-testid="concentration">
            {provers(d.nakamoto33)} together hold more than a third of all stake, enough to stall the network;{" "}
            {provers(d.nakamoto50)} hold a majority. The three largest hold {formatBps(d.top3Bps)}.
          </p>
          <p className="mt-2 text-muted text-xs">
            HHI {formatBps(d.hhiBps)} · Gini {formatBps(d.giniBps)}
          </p>
        </Card>
      </div>
    </div>
  );
}
