import { z } from "zod";
import { MAX_LIMIT } from "../indexer/page-params";
import { directoryFilters, type ProverListQuery } from "./directory-params";

export const PAGE_SIZE = 25;
/** The page sizes the directory's form offers; the URL takes any size the indexer serves in one page. */
export const PAGE_SIZES = [PAGE_SIZE, 50, MAX_LIMIT] as const;
const MAX_PAGE = 10_000;

/** A whole number from 1 to `max`, refused as `<name> must be a whole number from 1 to <max>`. */
function wholeUpTo(name: string, max: number, fallback: number) {
  const error = `${name} must be a whole number from 1 to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(1, { error }).max(max, { error }).default(fallback);
}

/** The /provers URL: the directory's filters, how many rows a page holds and which page of them. */
const directoryUrl = directoryFilters.extend({
  size: wholeUpTo("size", MAX_LIMIT, PAGE_SIZE),
  page: wholeUpTo("page", MAX_PAGE, 1),
});
export type DirectoryQuery = z.output<typeof directoryUrl>;

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads the directory's URL; a value it does not know is named in `problems` (shown on the page)
 * and replaced by its default, so a hand-edited URL still shows the directory.
 */
export function parseDirectoryQuery(params: SearchParams): { query: DirectoryQuery; problems: string[] } {
  const input = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = directoryUrl.safeParse(input);
  if (parsed.success) return { query: parsed.data, problems: [] };
  const refused = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  const rest = Object.fromEntries(Object.entries(input).filter(([key]) => !refused.has(key)));
  return {
    query: directoryUrl.parse(rest),
    problems: parsed.error.issues.map((issue) => `${issue.message}. Showing the default instead.`),
  };
}

export function toIndexerQuery(query: DirectoryQuery): ProverListQuery {
  return {
    sort: query.sort,
    order: query.order,
    state: query.state,
    q: query.q || undefined,
    limit: query.size,
    offset: (query.page - 1) * query.size,
  };
}

/** The directory URL with some parameters changed; defaults are left out to keep links short. */
export function directoryHref(query: DirectoryQuery, change: Partial<DirectoryQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.sort !== "stake") params.set("sort", next.sort);
  if (next.order !== "desc") params.set("order", next.order);
  if (next.state !== "all") params.set("state", next.state);
  if (next.q) params.set("q", next.q);
  if (next.size !== PAGE_SIZE) params.set("size", String(next.size));
  if (next.page !== 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/provers?${search}` : "/provers";
}

/** How many pages `total` rows fill at the query's page size (an empty list still has its one page). */
export function pageCount(query: DirectoryQuery, total: number): number {
  return Math.max(1, Math.ceil(total / query.size));
}

/**
 * The page numbers a pager links to: the first, the last and two either side of the current one,
 * `null` where a run of pages is left out, so 40 pages make at most nine links.
 */
export function pageWindow(current: number, pages: number): Array<number | null> {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((page) => page >= 1 && page <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index) => {
    const before = shown[index - 1];
    if (before === undefined || page === before + 1) return [page];
    // A gap of one page is shown as that page: an ellipsis would hide no more than itself.
    return page === before + 2 ? [before + 1, page] : [null, page];
  });
}
