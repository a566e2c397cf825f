import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LazyFeeFlowChart, LazySharePriceChart } from "@/components/charts/lazy-charts";
import { StaleDataNotice } from "@/components/network/stale-data-notice";
import { BoundStakeBar } from "@/components/provers/bound-stake-bar";
import { CommissionHistory } from "@/components/provers/commission-history";
import { ProverIcon } from "@/components/provers/prover-icon";
import { RecentRequests } from "@/components/provers/recent-requests";
import { SlashList } from "@/components/provers/slash-list";
import { StateBadge } from "@/components/provers/state-badge";
import { WindowTabs } from "@/components/provers/window-tabs";
import { LazyStakePanel } from "@/components/staking/lazy-stake-panel";
import { Alert } from "@/components/ui/alert";
import { Amount } from "@/components/ui/amount";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { readOvercommitBps } from "@/lib/chain/market-params";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { formatBps } from "@/lib/format/percent";
import { IndexerResponseError } from "@/lib/indexer/client";
import { readHistory } from "@/lib/indexer/read-history";
import { WINDOWS } from "@/lib/indexer/schemas";
import { largestWinnableStake } from "@/lib/math/capacity";
import { parseAddressParam } from "@/lib/provers/address-param";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Prover" };

type Props = {
  params: Promise<{ address: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ProverPage({ params, searchParams }: Props) {
  const address = parseAddressParam((await params).address);
  const requested = (await searchParams).window;
  const window = WINDOWS.find((candidate) => candidate === requested) ?? "30d";
  const runtime = readChainRuntimeConfig();
  const [history, overcommitBps] = await Promise.all([
    readHistory(async (indexer) => {
      try {
        return await Promise.all([
          indexer.prover(address),
          indexer.proverSeries(address, window),
          indexer.requests({ prover: address, limit: 10 }),
        ]);
      } catch (error) {
        if (error instanceof IndexerResponseError && error.status === 404) notFound();
        throw error;
      }
    }),
    readOvercommitBps(runtime, deploymentFor(runtime.network)),
  ]);
  if (history.status === "unavailable") {
    return (
      <Alert title="This prover's history is unavailable." testId="history-unavailable">
        {history.reason}
      </Alert>
    );
  }
  const [detail, series, requests] = history.data;
  const { prover, asOf } = detail;
  const delegated = prover.totalAssets > prover.selfStake ? prover.totalAssets - prover.selfStake : 0n;
  const winnable =
    overcommitBps === null ? null : largestWinnableStake(prover.totalAssets, prover.boundStake, overcommitBps);
  const base = `/provers/${prover.address}`;
  return (
    <div className="space-y-6">
      {requested !== undefined && requested !== window ? (
        <Alert title="Part of this link was not understood." testId="query-problem">
          “{String(requested).slice(0, 40)}” is not a chart window; showing 30 days.
        </Alert>
      ) : null}
      {overcommitBps === null ? <StaleDataNotice /> : null}
      <header className="flex flex-wrap items-center gap-4">
        <ProverIcon name={prover.name} iconUrl={prover.iconUrl} address={prover.address} size={56} />
        <div className="min-w-0 flex-1">
          <h1
            className="break-words font-semibold text-2xl text-ink tracking-tight sm:text-3xl"
            data-testid="prover-name"
          >
            {prover.name || "Unnamed prover"}
          </h1>
          <p className="mt-1 break-all font-mono text-muted text-xs">{prover.address}</p>
        </div>
        <StateBadge state={prover.state} retired={prover.retired} />
      </header>

      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label="Total stake"
          value={<Amount wei={prover.totalAssets} compact testId="prover-total-stake" />}
          hint={
            <>
              <Amount wei={prover.selfStake} compact /> self, <Amount wei={delegated} compact /> from {prover.stakers}{" "}
              stakers
            </>
          }
        />
        <Stat
          label="APY, 30 days"
          value={<span data-testid="prover-apy30d">{prover.apy30d ? formatBps(prover.apy30d.netBps) : "—"}</span>}
          hint={
            prover.apy7d
              ? `7 days: ${formatBps(prover.apy7d.netBps)} · before commission ${formatBps(prover.apy30d?.grossBps ?? prover.apy7d.grossBps)}`
              : "Not enough history yet"
          }
        />
        <Stat
          label="Commission"
          value={formatBps(prover.defaultCommissionBps)}
          hint={
            prover.commissionOverrides.length
              ? prover.commissionOverrides.map((entry) => `${entry.sourceKind} ${formatBps(entry.rateBps)}`).join(" · ")
              : "Same rate for every source"
          }
        />
        <Stat
          label="Reliability"
          value={prover.reliability.wins > 0 ? formatBps(prover.reliability.lowerBoundBps) : "—"}
          hint={`${prover.reliability.fulfilled} proven, ${prover.reliability.failed} missed (Wilson lower bound)`}
        />
      </dl>

      <LazyStakePanel prover={address} />

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card
          title="Share price"
          description="BREV per vault share; it rises with every reward and falls only with a slash."
          className="lg:col-span-2"
        >
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm">
              APY over this window:{" "}
              <span className="font-semibold" data-testid="window-apy">
                {series.apy
                  ? `${formatBps(series.apy.netBps)} net, ${formatBps(series.apy.grossBps)} gross`
                  : "not enough history"}
              </span>
            </p>
            <WindowTabs base={base} active={window} />
          </div>
          <LazySharePriceChart
            points={series.sharePrice.map((p) => ({ timestamp: p.timestamp, sharePrice: p.sharePrice.toString() }))}
          />
        </Card>
        <Card
          title="Bound vs free stake"
          description="Stake the market holds as collateral for requests this prover won."
        >
          <BoundStakeBar bound={prover.boundStake} total={prover.totalAssets} />
          <dl className="mt-4 space-y-2 text-sm">
            <div className="flex justify-between">
              <dt className="text-muted">Bound</dt>
              <dd>
                <Amount wei={prover.boundStake} />
              </dd>
            </div>
            <div className="flex justify-between">
              <dt className="text-muted">Largest request it can still win</dt>
              <dd data-testid="largest-winnable">
                {winnable === null ? "chain unavailable" : <Amount wei={winnable} compact />}
              </dd>
            </div>
          </dl>
        </Card>
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Rewards by source" description="What this vault received per day, before commission.">
          <LazyFeeFlowChart
            days={series.rewardsDaily.map((d) => ({
              day: d.day,
              market: d.market.toString(),
              epoch: d.epoch.toString(),
              other: d.other.toString(),
            }))}
          />
        </Card>
        <Card title="Commission history">
          <CommissionHistory changes={detail.commissionChanges} now={asOf} />
        </Card>
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Recent requests">
          <RecentRequests requests={requests.items} now={asOf} />
        </Card>
        <Card title="Slashes">
          <SlashList slashes={detail.slashes} now={asOf} />
        </Card>
      </div>
    </div>
  );
}
