import Link from "next/link";
import { formatBps } from "@/lib/format/percent";
import type { Epochs, NetworkOverview } from "@/lib/indexer/schemas";
import { FeeFlowTable } from "../charts/fee-flow-table";
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
        description="What provers' vaults received per day: market fees from proof requests and foundation epoch rewards, each on its own scale."
        className="lg:col-span-2"
      >
        <WhenVisible className="h-72 w-full">
          <LazyFeeFlowChart
            days={daily.map((day) => ({
              day: day.day,
              market: day.marketFees.toString(),
              epoch: day.epochRewards.toString(),
              other: day.otherRewards.toString(),
            }))}
          />
        </WhenVisible>
        <FeeFlowTable
          caption="Fees and rewards paid to provers' vaults per day, last 30 days"
          days={daily.map((day) => ({
            day: day.day,
            market: day.marketFees,
            epoch: day.epochRewards,
            other: day.otherRewards,
          }))}
        />
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
              Epoch {last.epoch} paid <Amount wei={last.amount} compact /> to {provers(last.provers)}.
            </p>
          ) : null}
          <Link href="/rewards" className="mt-2 inline-block text-accent text-sm underline">
            The epoch schedule and who was paid
          </Link>
        </Card>
        <Card title="Concentration">
          <p className="text-sm" data-testid="concentration">
            {provers(d.nakamoto33)} together hold more than a third of all stake, enough to stall the network;{" "}
            {provers(d.nakamoto50)} hold a majority. The three largest hold {formatBps(d.top3Bps)}.
          </p>
          <p className="mt-2 text-muted text-xs">
            HHI {formatBps(d.hhiBps)} · Gini {formatBps(d.giniBps)}
          </p>
          <Link href="/network" className="mt-2 inline-block text-accent text-sm underline">
            Decentralization over time, and where new stake helps
          </Link>
        </Card>
      </div>
    </div>
  );
}
