import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { LOCALE } from "@/lib/format/locale";
import { type MarketQuery, marketHref } from "@/lib/market/market-query";

const link = "rounded-lg border border-line px-3 py-1 hover:text-ink";

/** Keyset pages: "Next" carries the last row's cursor; "First page" starts over (rows may have arrived since). */
export function RequestPager({
  query,
  shown,
  total,
  nextCursor,
}: {
  query: MarketQuery;
  shown: number;
  total: number;
  nextCursor: string | null;
}) {
  return (
    <nav className="flex flex-wrap items-center justify-between gap-2 text-muted text-sm" aria-label="Request pages">
      <span data-testid="request-count">
        {shown} shown of {total.toLocaleString(LOCALE)} {total === 1 ? "request" : "requests"}
        {query.cursor ? " (a later page)" : ""}
      </span>
      <span className="flex gap-2">
        {query.cursor ? (
          <Link className={link} href={marketHref(query, { cursor: undefined })}>
            First page
          </Link>
        ) : null}
        {nextCursor ? (
          <Link className={link} rel="next" href={marketHref(query, { cursor: nextCursor })} data-testid="request-next">
            Next page
          </Link>
        ) : null}
      </span>
    </nav>
  );
}

/** A page link that starts after the last request (kept from an emptier list, or typed): said in words, with the way back. */
export function PastLastRequest({ query }: { query: MarketQuery }) {
  return (
    <Alert title="There is no such page." testId="page-beyond-last">
      This page starts after the last request that matches these filters.{" "}
      <Link className="underline" href={marketHref(query, { cursor: undefined })}>
        Go to the first page
      </Link>
    </Alert>
  );
}
