import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAddress, isAddress } from "viem";
import { StaleDataNotice } from "@/components/network/stale-data-notice";
import { ApyFigure } from "@/components/provers/apy-figure";
import { BoundStakeBar } from "@/components/provers/bound-stake-bar";
import { CommissionHistory } from "@/components/provers/commission-history";
import { ProverFigures } from "@/components/provers/prover-figures";
import { ProverIcon } from "@/components/provers/prover-icon";
import { RecentRequests } from "@/components/provers/recent-requests";
import { RetiredNotice } from "@/components/provers/retired-notice";
import { RewardsByDayChart } from "@/components/provers/rewards-by-day-chart";
import { SharePriceHistory } from "@/components/provers/share-price-history";
import { SlashList } from "@/components/provers/slash-list";
import { StateBadge } from "@/components/provers/state-badge";
import { WindowTabs } from "@/components/provers/window-tabs";
import { LazyStakePanel } from "@/components/staking/lazy-stake-panel";
import { Alert } from "@/components/ui/alert";
import { Amount } from "@/components/ui/amount";
import { Card } from "@/components/ui/card";
import { readProverFacts } from "@/lib/chain/prover-facts";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { feedPath } from "@/lib/feeds/event-links";
import { IndexerResponseError } from "@/lib/indexer/client";
import { readHistory } from "@/lib/indexer/read-history";
import { WINDOW_DAYS, WINDOWS } from "@/lib/indexer/schemas";
import { largestWinnableStake } from "@/lib/math/capacity";
import { parseAddressParam } from "@/lib/provers/address-param";
import { readProverVault } from "@/lib/provers/known-prover";
import { proverStateName } from "@/lib/provers/state";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { address } = await params;
  const valid = isAddress(address, { strict: false });
  return {
    title: "Prover",
    alternates: valid
      ? {
          types: { "application/atom+xml": [{ url: feedPath("prover", getAddress(address)), title: "Prover alerts" }] },
        }
      : undefined,
  };
}

type Props = {
  params: Promise<{ address: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ProverPage({ params, searchParams }: Props) {
  const address = parseAddressParam((await params).address);
  const requested = (await searchParams).window;
  const window = WINDOWS.find((candidate) => candidate === requested) ?? "30d";
  const runtime = readChainRuntimeConfig();
  const vault = await readProverVault(address);
  const [history, facts] = await Promise.all([
    readHistory(async (indexer) => {
      try {
        return await Promise.all([
          indexer.prover(address),
          indexer.proverSeries(address, window),
          indexer.requests({ prover: address, limit: 10 }),
          indexer.commissionChanges({ prover: address, limit: 10 }),
        ]);
      } catch (error) {
        if (error instanceof IndexerResponseError && error.status === 404) notFound();
        throw error;
      }
    }),
    vault ? readProverFacts(runtime, deploymentFor(runtime.network), address, vault) : null,
  ]);
  if (history.status === "unavailable") {
    return (
      <Alert title="This prover's history is unavailable." testId="history-unavailable">
        {history.reason}
      </Alert>
    );
  }
  const [detail, series, requests, commissions] = history.data;
  const { prover, asOf } = detail;
  // The chain's figures when it answers; the indexer's copy (as of its last block) when it does not.
  const vaultAssets = facts?.vaultAssets ?? prover.totalAssets;
  const state = facts?.state ?? prover.state;
  const winnable =
    facts?.market && proverStateName(state) === "Active"
      ? largestWinnableStake(vaultAssets, facts.market.assignedStake, facts.market.overcommitBps)
      : null;
  const base = `/provers/${prover.address}`;
  return (
    <div className="space-y-6">
      {requested !== undefined && requested !== window ? (
        <Alert title="Part of this link was not understood." testId="query-problem">
          “{String(requested).slice(0, 40)}” is not a chart window; showing 30 days.
        </Alert>
      ) : null}
      {facts === null ? <StaleDataNotice /> : null}
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
          <a href={feedPath("prover", prover.address)} className="text-accent text-xs hover:underline">
            Alerts as an Atom feed
          </a>
        </div>
        <StateBadge state={state} retired={prover.retired} />
      </header>

      {prover.retired ? <RetiredNotice /> : null}

      <ProverFigures prover={prover} facts={facts} />

      {prover.retired ? null : <LazyStakePanel prover={address} vault={vault ?? prover.vault} />}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card
          title="Share price"
          description="BREV per vault share; it rises with every reward and falls only with a slash."
          className="lg:col-span-2"
        >
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm">
              Now{" "}
              <span className="font-semibold">
                {facts && !prover.retired ? <Amount wei={facts.sharePrice} testId="share-price" /> : "—"}
              </span>{" "}
              per share · APY over this window:{" "}
              <span className="font-semibold">
                <ApyFigure apy={series.apy} windowDays={WINDOW_DAYS[window]} withGross testId="window-apy" />
              </span>
            </p>
            <WindowTabs base={base} active={window} />
          </div>
          <SharePriceHistory points={series.sharePrice} />
        </Card>
        <Card
          title="Bound vs free stake"
          description="Stake the market holds as collateral for requests this prover won, against what is in its vault."
        >
          <BoundStakeBar bound={facts?.market?.assignedStake ?? prover.boundStake} total={vaultAssets} />
          <dl className="mt-4 space-y-2 text-sm">
            <div className="flex justify-between">
              <dt className="text-muted">Bound</dt>
              <dd>
                <Amount wei={facts?.market?.assignedStake ?? prover.boundStake} testId="bound-stake" />
              </dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt className="text-muted">Largest request it can still win</dt>
              <dd data-testid="largest-winnable" className="text-right">
                {winnable !== null ? (
                  <Amount wei={winnable} compact />
                ) : facts?.market ? (
                  `none while ${prover.retired ? "retired" : proverStateName(state)}`
                ) : (
                  "chain unavailable"
                )}
              </dd>
            </div>
          </dl>
        </Card>
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card
          title="Rewards by source"
          description="What this vault received per day, before commission; market fees after the protocol fee."
        >
          <RewardsByDayChart days={series.rewardsDaily} />
        </Card>
        <Card title="Commission history">
          <CommissionHistory changes={commissions.items} now={asOf} />
          <Link
            href={`/network/commission-changes?prover=${prover.address}`}
            className="mt-3 inline-block text-accent text-sm underline"
          >
            Every commission change of this prover
          </Link>
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
