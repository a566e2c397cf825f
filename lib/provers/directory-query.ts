import type { ProverListQuery } from "../indexer/client";

export const DIRECTORY_SORTS = [
  "stake",
  "bound",
  "commission",
  "apy7d",
  "apy30d",
  "reliability",
  "fees30d",
  "stakers",
  "lastActive",
  "joined",
] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
const STATES = ["all", "active", "deactivated", "jailed"] as const;
export const PAGE_SIZE = 25;

export type DirectoryQuery = {
  sort: DirectorySort;
  order: "asc" | "desc";
  state: (typeof STATES)[number];
  q: string;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/**
 * Reads the directory's URL; a value it does not know is named in `problems` (shown on the page)
 * and replaced by the default, so a hand-edited URL still shows the directory.
 */
export function parseDirectoryQuery(params: SearchParams): { query: DirectoryQuery; problems: string[] } {
  const problems: string[] = [];
  const raw = {
    sort: first(params.sort),
    order: first(params.order),
    state: first(params.state),
    page: first(params.page),
  };
  const sort = pick(DIRECTORY_SORTS, raw.sort);
  if (raw.sort !== undefined && !sort)
    problems.push(`There is no "${raw.sort.slice(0, 40)}" column to sort by; sorted by stake.`);
  const order = pick(["asc", "desc"] as const, raw.order);
  if (raw.order !== undefined && !order) problems.push(`Order must be "asc" or "desc"; showing largest first.`);
  const state = pick(STATES, raw.state);
  if (raw.state !== undefined && !state)
    problems.push(`"${raw.state.slice(0, 40)}" is not a prover state; showing every state.`);
  const page = raw.page === undefined ? 1 : Number(raw.page);
  const validPage = Number.isInteger(page) && page >= 1 && page <= 10_000;
  if (!validPage) problems.push(`"${String(raw.page).slice(0, 40)}" is not a page number; showing the first page.`);
  const q = (first(params.q) ?? "").trim().slice(0, 128);
  return {
    query: { sort: sort ?? "stake", order: order ?? "desc", state: state ?? "all", q, page: validPage ? page : 1 },
    problems,
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
