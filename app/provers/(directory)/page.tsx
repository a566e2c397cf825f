import type { Metadata } from "next";
import { headers } from "next/headers";
import { DirectoryHeading } from "@/components/layout/page-headings";
import { StaleDataNotice } from "@/components/network/stale-data-notice";
import { DirectoryFilters } from "@/components/provers/directory-filters";
import { DirectoryPager, PageBeyondLast } from "@/components/provers/directory-pager";
import { ProverTable } from "@/components/provers/prover-table";
import { Alert } from "@/components/ui/alert";
import { chainAnswers } from "@/lib/chain/indexed-head";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { readHistory } from "@/lib/indexer/read-history";
import { parseDirectoryQuery, toIndexerQuery } from "@/lib/provers/directory-query";
import { accountFromCookie } from "@/lib/wallet/cookie-account";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Provers" };

export default async function ProversPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { query, problems } = parseDirectoryQuery(await searchParams);
  const account = accountFromCookie((await headers()).get("cookie"));
  const [list, mine, live] = await Promise.all([
    readHistory((indexer) => indexer.provers(toIndexerQuery(query))),
    account ? readHistory((indexer) => indexer.staker(account)) : null,
    // The directory is the indexer's; a silent chain means the indexer cannot be keeping up.
    chainAnswers(readChainRuntimeConfig()),
  ]);
  // The connected wallet's stakes (prover → value); without them the directory simply shows no highlight.
  const positions = new Map(
    mine?.status === "ok"
      ? mine.data.positions
          .filter((position) => position.shares > 0n)
          .map((position) => [position.prover, position.value])
      : [],
  );
  return (
    <div className="space-y-6">
      <DirectoryHeading />
      {live || list.status === "unavailable" ? null : <StaleDataNotice />}
      <DirectoryFilters query={query} />
      {problems.map((problem) => (
        <Alert key={problem} title="Part of this link was not understood." testId="query-problem">
          {problem}
        </Alert>
      ))}
      {list.status === "unavailable" ? (
        <Alert title="The prover directory is unavailable." testId="history-unavailable">
          {list.reason}
        </Alert>
      ) : list.data.total === 0 ? (
        <p className="rounded-2xl border border-line bg-panel p-6 text-muted text-sm" data-testid="directory-empty">
          No prover matches {query.q ? <>“{query.q}”</> : "these filters"}.
        </p>
      ) : list.data.items.length === 0 ? (
        <PageBeyondLast query={query} total={list.data.total} />
      ) : (
        <>
          <ProverTable provers={list.data.items} query={query} now={list.data.asOf} positions={positions} />
          <DirectoryPager query={query} total={list.data.total} />
        </>
      )}
    </div>
  );
}
