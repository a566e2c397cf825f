import type { Metadata } from "next";
import { MarketHeading } from "@/components/layout/page-headings";
import { AuctionFigures } from "@/components/market/auction-figures";
import { FeeFlow } from "@/components/market/fee-flow";
import { MarketFigures } from "@/components/market/market-figures";
import { OutcomesByDay } from "@/components/market/outcomes-by-day";
import { PhaseTabs } from "@/components/market/phase-tabs";
import { ProgramFees } from "@/components/market/program-fees";
import { RequestFilters } from "@/components/market/request-filters";
import { PastLastRequest, RequestPager } from "@/components/market/request-pager";
import { RequestTable } from "@/components/market/request-table";
import { StatsEpochs } from "@/components/market/stats-epochs";
import { StaleDataNotice } from "@/components/network/stale-data-notice";
import { WindowTabs } from "@/components/provers/window-tabs";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { readMarketFacts } from "@/lib/chain/market-facts";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { readHistory } from "@/lib/indexer/read-history";
import { marketHref, parseMarketQuery, toRequestListQuery } from "@/lib/market/market-query";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Market" };

const WINDOW_TEXT = { "7d": "last 7 days", "30d": "last 30 days", "90d": "last 90 days", all: "all time" } as const;

export default async function MarketPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { query, problems } = parseMarketQuery(await searchParams);
  const runtime = readChainRuntimeConfig();
  const [facts, summary] = await Promise.all([
    readMarketFacts(runtime, deploymentFor(runtime.network)),
    readHistory((indexer) => indexer.market(query.window)),
  ]);
  // "Created within" counts back from the chain's time as indexed, the list's own clock.
  const now = summary.status === "ok" ? summary.data.asOf : Number(facts?.blockTimestamp ?? 0n);
  const list = await readHistory((indexer) => indexer.requests(toRequestListQuery(query, now)));
  const windowText = WINDOW_TEXT[query.window];
  return (
    <div className="space-y-6">
      <MarketHeading />
      {facts === null ? <StaleDataNotice /> : null}
      {problems.map((problem) => (
        <Alert key={problem} title="Part of this link was not understood." testId="query-problem">
          {problem}
        </Alert>
      ))}
      <MarketFigures facts={facts} summary={summary.status === "ok" ? summary.data : null} />

      <Card title="Requests" description="Newest first. Countdowns run on the chain's clock.">
        <div className="space-y-4">
          {summary.status === "ok" ? <PhaseTabs query={query} counts={summary.data.phaseCounts} /> : null}
          <RequestFilters query={query} />
          {list.status === "unavailable" ? (
            <Alert title="The request list is unavailable." testId="history-unavailable">
              {list.reason}
            </Alert>
          ) : list.data.items.length === 0 && query.cursor ? (
            <PastLastRequest query={query} />
          ) : list.data.items.length === 0 ? (
            <p className="text-muted text-sm" data-testid="requests-empty">
              No request matches these filters.
            </p>
          ) : (
            <>
              <RequestTable
                requests={list.data.items}
                asOf={list.data.asOf}
                phases={
                  summary.status === "ok"
                    ? summary.data.phases
                    : { bidding: Number(facts?.biddingPhase ?? 0n), reveal: Number(facts?.revealPhase ?? 0n) }
                }
              />
              <RequestPager
                query={query}
                shown={list.data.items.length}
                total={list.data.total}
                nextCursor={list.data.nextCursor}
              />
            </>
          )}
        </div>
      </Card>

      {summary.status === "unavailable" ? (
        <Alert title="The market's history is unavailable." testId="history-unavailable">
          {summary.reason}
        </Alert>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="font-semibold text-ink text-lg tracking-tight">Over the {windowText}</h2>
            <WindowTabs
              base="/market"
              active={query.window}
              hrefFor={(window) => marketHref(query, { window, cursor: undefined })}
            />
          </div>
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
            <Card
              title="Fee flow by day"
              description="What fulfilled requests paid, by the day of the proof: the winner's reward and the protocol's fee."
              className="lg:col-span-2"
            >
              <FeeFlow days={summary.data.feesDaily} />
            </Card>
            <Card title="Auctions" description="Requests created in the window whose reveal phase is over.">
              <AuctionFigures auctions={summary.data.auctions} />
            </Card>
          </div>
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
            <Card
              title="Fees by program"
              description="What requesters paid (the second price) per program, fulfilled requests created in the window."
              className="lg:col-span-2"
            >
              <ProgramFees programs={summary.data.programs} />
            </Card>
            <Card title="Refunded and slashed" description="Requests that ended without a proof, by day.">
              <OutcomesByDay days={summary.data.outcomesDaily} />
            </Card>
          </div>
          <Card
            title="Stats epochs"
            description="The market keeps its counters per stats epoch; a new one starts when it is scheduled to."
          >
            <StatsEpochs epochs={summary.data.statsEpochs} asOf={summary.data.asOf} />
          </Card>
        </>
      )}
    </div>
  );
}
