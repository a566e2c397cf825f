import type { Metadata } from "next";
import { headers } from "next/headers";
import type { Address } from "viem";
import { EarningsBySource } from "@/components/portfolio/earnings-by-source";
import { LazyBrevAllowance } from "@/components/portfolio/lazy-brev-allowance";
import { LazyLivePortfolio } from "@/components/portfolio/lazy-live-portfolio";
import { HISTORY_PAGE_SIZE, StakeHistory } from "@/components/portfolio/stake-history";
import { Alert } from "@/components/ui/alert";
import { Amount } from "@/components/ui/amount";
import { Card } from "@/components/ui/card";
import { readHistory } from "@/lib/indexer/read-history";
import { toEarningsProps } from "@/lib/portfolio/position-earnings";
import { accountFromCookie } from "@/lib/wallet/cookie-account";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Portfolio" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageParam(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}

async function readAccountHistory(account: Address, page: number) {
  return readHistory((indexer) =>
    Promise.all([
      indexer.staker(account),
      indexer.stakerHistory(account, { limit: HISTORY_PAGE_SIZE, offset: (page - 1) * HISTORY_PAGE_SIZE }),
    ]),
  );
}

export default async function PortfolioPage({ searchParams }: Props) {
  const account = accountFromCookie((await headers()).get("cookie"));
  const page = pageParam((await searchParams).page);
  const history = account ? await readAccountHistory(account, page) : null;
  const staker = history?.status === "ok" ? history.data[0] : null;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-semibold text-2xl text-ink tracking-tight sm:text-3xl">Portfolio</h1>
        <p className="mt-1 text-muted text-sm">
          Your stake with each prover, what it earned and from where, your pending unstakes and your history.
        </p>
        {account ? (
          <p className="mt-1 break-all font-mono text-muted text-xs" data-testid="portfolio-account">
            {account}
          </p>
        ) : null}
      </div>

      <LazyLivePortfolio serverAccount={account} earnings={staker ? toEarningsProps(staker.positions) : []} />
      <LazyBrevAllowance />

      {history?.status === "unavailable" ? (
        <Alert title="Earnings and history are unavailable." testId="history-unavailable">
          {history.reason} Your positions and pending unstakes above come from the chain and are unaffected.
        </Alert>
      ) : null}

      {account && history?.status === "ok" && staker ? (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
          <Card
            title="Earnings by source"
            description="What your shares earned, after the provers' commission."
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
              history={history.data[1]}
              account={account}
              page={page}
              now={staker.asOf}
              names={new Map(staker.positions.map((entry) => [entry.prover, entry.proverName]))}
            />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
