import { z } from "zod";
import { limitParam, offsetParam } from "../indexer/page-params";

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
export const DIRECTORY_STATES = ["all", "active", "deactivated", "jailed"] as const;
export type DirectoryState = (typeof DIRECTORY_STATES)[number];
/** The longest search either side accepts; the search box stops there too. */
export const SEARCH_MAX_LENGTH = 128;

/** `name must be <allowed>, not "<what was sent>"`: the visitor's text is cut short and only ever rendered as text. */
function oneOf<const T extends readonly [string, ...string[]]>(name: string, allowed: T, list: string) {
  return z.enum(allowed, {
    error: (issue) => `${name} must be ${list}, not "${String(issue.input).slice(0, 40)}"`,
  });
}

/**
 * How the prover directory is filtered and ordered: the app's /provers URL and the indexer's
 * /v1/provers query are both read with this, so they accept the same values and refuse the
 * rest in the same words.
 */
export const directoryFilters = z.object({
  sort: oneOf("sort", DIRECTORY_SORTS, `one of ${DIRECTORY_SORTS.join(", ")}`).default("stake"),
  order: oneOf("order", ["asc", "desc"], "asc or desc").default("desc"),
  state: oneOf("state", DIRECTORY_STATES, "all, active, deactivated or jailed").default("all"),
  q: z
    .string()
    .trim()
    .max(SEARCH_MAX_LENGTH, { message: `q must be at most ${SEARCH_MAX_LENGTH} characters` })
    .default(""),
});
export type DirectoryFilters = z.output<typeof directoryFilters>;

/** The indexer's /v1/provers query: the filters and one page of the result. */
export const proverListParams = directoryFilters.extend({ limit: limitParam, offset: offsetParam });
export type ProverListQuery = Partial<z.output<typeof proverListParams>>;
