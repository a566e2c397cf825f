import { isAddress } from "viem";
import { z } from "zod";
import type { RequestListQuery } from "../indexer/client";
import { REQUEST_CURSOR } from "../indexer/request-cursor";
import { type HistoryWindow, WINDOWS } from "../indexer/schemas";
import { REQUEST_PHASES } from "./phase";

/** How far back "created within" reaches, in seconds of chain time (absent: any time). */
export const CREATED_WITHIN = { "1h": 3_600, "24h": 86_400, "7d": 7 * 86_400, "30d": 30 * 86_400 } as const;
export type CreatedWithin = keyof typeof CREATED_WITHIN;
export const MARKET_PAGE_SIZE = 25;

const blankAsAbsent = (value: unknown) => (value === "" ? undefined : value);
const cut = (input: unknown) => String(input).slice(0, 40);

/** The /market URL: the request list's filters and page, and the charts' window. */
const marketUrl = z.object({
  phase: z.preprocess(
    blankAsAbsent,
    z
      .enum(REQUEST_PHASES, {
        error: (issue) => `phase must be one of ${REQUEST_PHASES.join(", ")}, not "${cut(issue.input)}"`,
      })
      .optional(),
  ),
  prover: z.preprocess(
    blankAsAbsent,
    z
      .string()
      .trim()
      .refine((value) => isAddress(value, { strict: false }), {
        error: (issue) => `prover must be an address (0x and 40 hex digits), not "${cut(issue.input)}"`,
      })
      .optional(),
  ),
  vk: z.preprocess(
    blankAsAbsent,
    z
      .string()
      .trim()
      .regex(/^0x[0-9a-fA-F]{64}$/, {
        error: (issue) => `program must be a verification key (0x and 64 hex digits), not "${cut(issue.input)}"`,
      })
      .optional(),
  ),
  within: z.preprocess(
    blankAsAbsent,
    z
      .enum(Object.keys(CREATED_WITHIN) as [CreatedWithin, ...CreatedWithin[]], {
        error: (issue) =>
          `created within must be one of ${Object.keys(CREATED_WITHIN).join(", ")}, not "${cut(issue.input)}"`,
      })
      .optional(),
  ),
  cursor: z.preprocess(
    blankAsAbsent,
    z
      .string()
      .regex(REQUEST_CURSOR, { error: () => "this page link is not one the list gave; showing the first page" })
      .optional(),
  ),
  window: z.preprocess(
    blankAsAbsent,
    z
      .enum(WINDOWS, { error: (issue) => `window must be one of ${WINDOWS.join(", ")}, not "${cut(issue.input)}"` })
      .default("30d"),
  ),
});
export type MarketQuery = z.output<typeof marketUrl>;

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads /market's URL; a value it does not know is named in `problems` and dropped, so a
 * hand-edited link still shows the market.
 */
export function parseMarketQuery(params: SearchParams): { query: MarketQuery; problems: string[] } {
  const input = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = marketUrl.safeParse(input);
  if (parsed.success) return { query: parsed.data, problems: [] };
  const refused = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  const rest = Object.fromEntries(Object.entries(input).filter(([key]) => !refused.has(key)));
  return { query: marketUrl.parse(rest), problems: parsed.error.issues.map((issue) => `${issue.message}.`) };
}

/** The indexer's query for the list, `within` counted back from the chain's time `now`. */
export function toRequestListQuery(query: MarketQuery, now: number): RequestListQuery {
  return {
    phase: query.phase,
    prover: query.prover as `0x${string}` | undefined,
    vk: query.vk,
    from: query.within ? Math.max(0, now - CREATED_WITHIN[query.within]) : undefined,
    cursor: query.cursor,
    limit: MARKET_PAGE_SIZE,
  };
}

/** The /market URL with some parameters changed; defaults and empty values are left out. */
export function marketHref(query: MarketQuery, change: Partial<Record<keyof MarketQuery, string | undefined>>): string {
  const next: Partial<Record<keyof MarketQuery, string | undefined>> = { ...query, ...change };
  const params = new URLSearchParams();
  for (const key of ["phase", "prover", "vk", "within", "cursor"] as const) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  if (next.window && next.window !== ("30d" satisfies HistoryWindow)) params.set("window", next.window);
  const search = params.toString();
  return search ? `/market?${search}` : "/market";
}
