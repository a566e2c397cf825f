import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { type Address, getAddress, isAddress, isAddressEqual } from "viem";
import { EarningsBySource } from "@/components/portfolio/earnings-by-source";
import { EventBell } from "@/components/portfolio/event-bell";
import { LazyBrevAllowance } from "@/components/portfolio/lazy-brev-allowance";
import { LazyLivePortfolio } from "@/components/portfolio/lazy-live-portfolio";
import { HISTORY_PAGE_SIZE, StakeHistory } from "@/components/portfolio/stake-history";
import { WatchList } from "@/components/portfolio/watch-list";
import { WatchedPortfolio } from "@/components/portfolio/watched-portfolio";
import { Alert } from "@/components/ui/alert";
import { Amount } from "@/components/ui/amount";
import { Card } from "@/components/ui/card";
import { serverPublicClient } from "@/lib/chain/public-client";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { feedPath } from "@/lib/feeds/event-links";
import { readHistory } from "@/lib/indexer/read-history";
import { toEarningsProps } from "@/lib/portfolio/position-earnings";
import { readLivePortfolio } from "@/lib/portfolio/read-live-portfolio";
import { readAlerts } from "@/lib/server/portfolio/read-alerts";
import { accountFromCookie } from "@/lib/wallet/cookie-account";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<SearchParams> };

/** An indexer cursor as the Older link carries it; anything else shows the newest page. */
function cursorParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,200}$/.test(value) ? value : undefined;
}

/** `?address=` as typed (the first one if repeated), or null when absent. */
function addressParam(params: SearchParams): string | null {
  const value = params.address;
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? "") : value;
}

/** Whose portfolio the page shows: the watched address if valid, else the connected account. */
async function subjectOf(searchParams: Promise<SearchParams>): Promise<Address | null> {
  const raw = addressParam(await searchParams);
  if (raw !== null) return isAddress(raw, { strict: false }) ? getAddress(raw) : null;
  return accountFromCookie((await headers()).get("cookie"));
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const subject = await subjectOf(searchParams);
  return {
    title: "Portfolio",
    alternates: subject
      ? { types: { "application/atom+xml": [{ url: feedPath("staker", subject), title: `Alerts for ${subject}` }] } }
      : undefined,
  };
}

async function readAccountHistory(account: Address, before: string | undefined) {
  return readHistory((indexer) =>
    Promise.all([indexer.staker(account), indexer.stakerHistory(account, { limit: HISTORY_PAGE_SIZE, before })]),
  );
}

type AccountHistory = Awaited<ReturnType<typeof readAccountHistory>>;

async function Bell({ address }: { address: Address }) {
  const alerts = await readAlerts(address);
  if (!alerts) return null;
  return <EventBell address={address} items={alerts.items} asOf={alerts.asOf} feedHref={feedPath("staker", address)} />;
}

function Heading({
  subject,
  watching,
  children,
}: {
  subject: Address | null;
  watching: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="font-semibold text-2xl text-ink tracking-tight sm:text-3xl">Portfolio</h1>
          <p className="mt-1 text-muted text-sm">
            {watching
              ? "A watched address's stake with each prover, what it earned and from where, its pending unstakes and its history, read-only."
              : "Your stake with each prover, what it earned and from where, your pending unstakes and your history."}
          </p>
          {subject ? (
            <p className="mt-1 break-all font-mono text-muted text-xs" data-testid="portfolio-account">
              {subject}
            </p>
          ) : null}
          {subject ? (
            <a href={feedPath("staker", subject)} className="mt-1 inline-block text-accent text-xs hover:underline">
              Alerts as an Atom feed
            </a>
          ) : null}
        </div>
        {subject ? <Bell address={subject} /> : null}
      </div>
      {children}
    </div>
  );
}

/** Earnings by source and the history, from the indexer. */
function IndexedPanels({
  account,
  history,
  before,
  watched,
}: {
  account: Address;
  history: AccountHistory;
  before: string | undefined;
  watched: boolean;
}) {
  if (history.status === "unavailable") {
    return (
      <Alert title="Earnings and history are unavailable." testId="history-unavailable">
        {history.reason} The positions and pending unstakes above come from the chain and are unaffected.
      </Alert>
    );
  }
  const [staker, items] = history.data;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
      <Card
        title="Earnings by source"
        description="What the shares earned, after the provers' commission."
        className="lg:col-span-2"
      >
        <EarningsBySource staker={staker} />
        <dl className="mt-4 space-y-2 border-line border-t pt-4 text-sm">
          <div className="flex justify-between gap-3">
            <dt className="text-muted">Cost basis</dt>
            <dd>
              <Amount wei={staker.totals.costBasis} testId="total-cost-basis" />
            </dd>
          </div>
          <div className="flex justify-between gap-3">
            <dt className="text-muted">Earnings since entry</dt>
            <dd>
              <Amount wei={staker.totals.earnings} testId="total-earnings" />
            </dd>
          </div>
        </dl>
      </Card>
      <Card title="History" description="Stakes, unstake requests and withdrawals." className="lg:col-span-3">
        <StakeHistory
          history={items}
          account={account}
          older={before !== undefined}
          now={staker.asOf}
          names={new Map(staker.positions.map((entry) => [entry.prover, entry.proverName]))}
          watched={watched}
        />
      </Card>
    </div>
  );
}

/** Another address, read-only: its positions read from the chain on the server, its history from the indexer. */
async function Watched({ watched, before }: { watched: Address; before: string | undefined }) {
  const runtime = readChainRuntimeConfig();
  const [portfolio, history] = await Promise.all([
    readLivePortfolio(serverPublicClient(runtime), deploymentFor(runtime.network).contracts, watched).catch(() => null),
    readAccountHistory(watched, before),
  ]);
  const staker = history.status === "ok" ? history.data[0] : null;
  return (
    <>
      {portfolio ? (
        <WatchedPortfolio
          portfolio={portfolio}
          readAtMs={Date.now()}
          earnings={staker ? toEarningsProps(staker.positions) : []}
        />
      ) : (
        <Alert title="The chain did not answer." testId="watch-error">
          This address's positions could not be read. Try again in a moment.
        </Alert>
      )}
      <IndexedPanels account={watched} history={history} before={before} watched />
    </>
  );
}

export default async function PortfolioPage({ searchParams }: Props) {
  const params = await searchParams;
  const account = accountFromCookie((await headers()).get("cookie"));
  const before = cursorParam(params.before);
  const raw = addressParam(params);

  if (raw !== null && !isAddress(raw, { strict: false })) {
    return (
      <div className="space-y-8">
        <Heading subject={null} watching>
          <WatchList current={null} typed={raw.slice(0, 100)} />
        </Heading>
        <Alert title="That is not an address." testId="watch-error">
          “{raw.slice(0, 60)}” is not an Ethereum address: give one as 0x followed by 40 hexadecimal characters.
        </Alert>
      </div>
    );
  }
  const watched = raw === null ? null : getAddress(raw);
  // Writes only ever appear for the connected account: another address is shown read-only.
  if (watched && !(account && isAddressEqual(account, watched))) {
    return (
      <div className="space-y-8">
        <Heading subject={watched} watching>
          <WatchList current={watched} typed="" />
        </Heading>
        <Watched watched={watched} before={before} />
      </div>
    );
  }

  const history = account ? await readAccountHistory(account, before) : null;
  const staker = history?.status === "ok" ? history.data[0] : null;
  return (
    <div className="space-y-8">
      <Heading subject={account} watching={false}>
        <WatchList current={watched} typed="" />
      </Heading>
      <LazyLivePortfolio serverAccount={account} earnings={staker ? toEarningsProps(staker.positions) : []} />
      <LazyBrevAllowance />
      {account && history ? (
        <IndexedPanels account={account} history={history} before={before} watched={false} />
      ) : null}
    </div>
  );
}
