import type { Metadata } from "next";
import { DirectoryFilters } from "@/components/provers/directory-filters";
import { DirectoryPager } from "@/components/provers/directory-pager";
import { ProverTable } from "@/components/provers/prover-table";
import { Alert } from "@/components/ui/alert";
import { readHistory } from "@/lib/indexer/read-history";
import { parseDirectoryQuery, toIndexerQuery } from "@/lib/provers/directory-query";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Provers" };

export default async function ProversPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { query, problems } = parseDirectoryQuery(await searchParams);
  const list = await readHistory((indexer) => indexer.provers(toIndexerQuery(query)));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-semibold text-2xl text-ink tracking-tight sm:text-3xl">Provers</h1>
        <p className="mt-1 text-muted text-sm">
          Every prover with its stake, what it charges, what its stakers earned and how reliably it delivers. APY is net
          of commission (hover for gross).
        </p>
      </div>
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
      ) : (
        <>
          <ProverTable provers={list.data.items} query={query} now={list.data.asOf} />
          <DirectoryPager query={query} total={list.data.total} />
        </>
      )}
    </div>
  );
}
