import { z } from "zod";
import { directoryFilters, type ProverListQuery } from "./directory-params";

export const PAGE_SIZE = 25;
const MAX_PAGE = 10_000;
const PAGE_ERROR = `page must be a whole number from 1 to ${MAX_PAGE}`;

/** The /provers URL: the directory's filters and which page of them. */
const directoryUrl = directoryFilters.extend({
  page: z.coerce
    .number({ error: PAGE_ERROR })
    .int({ error: PAGE_ERROR })
    .min(1, { error: PAGE_ERROR })
    .max(MAX_PAGE, { error: PAGE_ERROR })
    .default(1),
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
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
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
  if (next.page !== 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/provers?${search}` : "/provers";
}
