import Link from "next/link";
import { type DirectoryQuery, directoryHref, PAGE_SIZE } from "@/lib/provers/directory-query";

export function DirectoryPager({ query, total }: { query: DirectoryQuery; total: number }) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const from = total === 0 ? 0 : (query.page - 1) * PAGE_SIZE + 1;
  const to = Math.min(query.page * PAGE_SIZE, total);
  return (
    <nav className="flex items-center justify-between text-muted text-sm" aria-label="Pages">
      <span data-testid="directory-count">
        {from}–{to} of {total} provers
      </span>
      <span className="flex gap-2">
        {query.page > 1 ? (
          <Link
            className="rounded-lg border border-line px-3 py-1 hover:text-ink"
            href={directoryHref(query, { page: query.page - 1 })}
          >
            Previous
          </Link>
        ) : null}
        {query.page < pages ? (
          <Link
            className="rounded-lg border border-line px-3 py-1 hover:text-ink"
            href={directoryHref(query, { page: query.page + 1 })}
          >
            Next
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
