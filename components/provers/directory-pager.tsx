import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { LOCALE } from "@/lib/format/locale";
import { type DirectoryQuery, directoryHref, pageCount, pageWindow } from "@/lib/provers/directory-query";

const step = "rounded-lg border border-line px-3 py-1 hover:text-ink";
const current = "rounded-lg border border-accent px-3 py-1 font-medium text-ink";
const count = (n: number) => n.toLocaleString(LOCALE);
// On a phone the links are Previous, the current page and Next, on one line; the count above says which of how many.
const WIDE_ONLY = "hidden sm:block";

/** Server pages of the directory: plain links that keep the sort, filters and page size. */
export function DirectoryPager({ query, total }: { query: DirectoryQuery; total: number }) {
  const pages = pageCount(query, total);
  const from = total === 0 ? 0 : (query.page - 1) * query.size + 1;
  const to = Math.min(query.page * query.size, total);
  return (
    <nav className="flex flex-wrap items-center justify-between gap-3 text-muted text-sm" aria-label="Pages">
      <span data-testid="directory-count">
        {from === to ? count(from) : `${count(from)}–${count(to)}`} of {count(total)} provers
        {pages > 1 ? `, page ${count(query.page)} of ${count(pages)}` : ""}
      </span>
      {pages > 1 ? (
        <ul className="flex flex-wrap items-center gap-1">
          {query.page > 1 ? (
            <li>
              <Link className={step} rel="prev" href={directoryHref(query, { page: query.page - 1 })}>
                Previous
              </Link>
            </li>
          ) : null}
          {pageWindow(query.page, pages).map((page, index) =>
            page === null ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place
              <li key={`gap-${index}`} aria-hidden="true" className={`${WIDE_ONLY} px-1`}>
                …
              </li>
            ) : (
              <li key={page} className={page === query.page ? undefined : WIDE_ONLY}>
                {/* The current page stays a link marked current (as GOV.UK's pagination does): its name reads the same. */}
                <Link
                  className={page === query.page ? current : step}
                  aria-current={page === query.page ? "page" : undefined}
                  aria-label={`Page ${count(page)}`}
                  href={directoryHref(query, { page })}
                >
                  {count(page)}
                </Link>
              </li>
            ),
          )}
          {query.page < pages ? (
            <li>
              <Link className={step} rel="next" href={directoryHref(query, { page: query.page + 1 })}>
                Next
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}

/** A page number past the end (a link kept while provers left, or typed): said in words, with the way back. */
export function PageBeyondLast({ query, total }: { query: DirectoryQuery; total: number }) {
  const pages = pageCount(query, total);
  return (
    <Alert title="There is no such page." testId="page-beyond-last">
      Page {count(query.page)} is past the last one: {count(total)} {total === 1 ? "prover fills" : "provers fill"}{" "}
      {count(pages)} {pages === 1 ? "page" : "pages"} of {query.size}.{" "}
      <Link className="underline" href={directoryHref(query, { page: pages })}>
        Go to the last page
      </Link>
    </Alert>
  );
}
