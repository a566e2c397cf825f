import type { Address } from "viem";
import type { z } from "zod";
import type { RequestPhase } from "../market/phase";
import type { ProverListQuery } from "../provers/directory-params";
import { eventPageSchema } from "./event-schemas";
import {
  apiErrorSchema,
  commissionChangesSchema,
  decentralizationSchema,
  epochDetailSchema,
  epochsSchema,
  type HistoryWindow,
  marketSchema,
  networkSchema,
  programAuctionsSchema,
  programListSchema,
  proverDetailSchema,
  proverFeesSchema,
  proverListSchema,
  proverSeriesSchema,
  requestDetailSchema,
  requestListSchema,
  stakerHistorySchema,
  stakerSchema,
  yieldsSchema,
} from "./schemas";

/** The indexer did not answer (down, slow, or not configured): history panels say so. */
export class IndexerUnavailableError extends Error {
  override name = "IndexerUnavailableError";
  constructor(
    message: string,
    /** The URL that failed: for the server's log, never for a visitor. */
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The indexer answered with an error (bad parameter, unknown prover) or with a shape we don't know. */
export class IndexerResponseError extends Error {
  override name = "IndexerResponseError";
  constructor(
    message: string,
    readonly status: number,
    /** The URL that answered: for the server's log, never for a visitor. */
    readonly url: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

export type PageQuery = { limit?: number; offset?: number };
/** `/v1/requests`: keyset pages (`cursor` is the page before's `nextCursor`), newest first. */
export type RequestListQuery = {
  phase?: RequestPhase;
  prover?: Address;
  vk?: string;
  from?: number;
  to?: number;
  limit?: number;
  cursor?: string;
};
/** Events newer than `since` (unix seconds), older than the cursor `before`. */
export type EventQuery = { limit?: number; since?: number; before?: string };

/** The longest Retry-After a read waits out before asking again; a longer one is an outage. */
const MAX_RETRY_AFTER_S = 2;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The one way the app reads the indexer: every response is validated against the schema its
 * endpoint promises, so bigints arrive as bigints and a drifted API fails here, in words.
 */
export function createIndexerClient(
  baseUrl: string,
  { timeoutMs = 5_000, init }: { timeoutMs?: number; init?: RequestInit } = {},
) {
  async function fetchAnswer(url: string): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      // The indexer's address (internal, maybe with a key) is kept apart from the message.
      throw new IndexerUnavailableError("The indexer did not answer.", url, { cause: error });
    }
  }

  async function get<T extends z.ZodType>(schema: T, path: string, query?: Query): Promise<z.output<T>> {
    const url = `${baseUrl.replace(/\/$/, "")}${withQuery(path, query)}`;
    let response = await fetchAnswer(url);
    // A read that waited on the indexer's writer says when to ask again: once, if it is soon.
    const retryAfter = Number(response.headers.get("retry-after"));
    if (response.status === 503 && retryAfter > 0 && retryAfter <= MAX_RETRY_AFTER_S) {
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
      response = await fetchAnswer(url);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = apiErrorSchema.safeParse(body);
      if (response.status >= 500 && !parsed.success) {
        throw new IndexerUnavailableError(`The indexer answered with an error (HTTP ${response.status}).`, url);
      }
      throw new IndexerResponseError(
        parsed.success ? parsed.data.error : `HTTP ${response.status}`,
        response.status,
        url,
      );
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new IndexerResponseError(
        `The indexer's answer to ${path} is not what the app expects (${issue?.path.join(".")}: ${issue?.message}).`,
        response.status,
        url,
      );
    }
    return parsed.data;
  }

  return {
    network: (days?: number) => get(networkSchema, "/v1/network", { days }),
    provers: (query: ProverListQuery = {}) => get(proverListSchema, "/v1/provers", query),
    prover: (address: Address) => get(proverDetailSchema, `/v1/provers/${address}`),
    /** `points` caps the share-price points (the indexer's own bound when left out). */
    proverSeries: (address: Address, window: HistoryWindow, points?: number) =>
      get(proverSeriesSchema, `/v1/provers/${address}/series`, { window, points }),
    proverFees: (address: Address) => get(proverFeesSchema, `/v1/provers/${address}/fees`),
    requests: (query: RequestListQuery = {}) => get(requestListSchema, "/v1/requests", query),
    request: (reqid: string) => get(requestDetailSchema, `/v1/requests/${encodeURIComponent(reqid)}`),
    market: (window?: HistoryWindow) => get(marketSchema, "/v1/market", { window }),
    programs: (query: PageQuery = {}) => get(programListSchema, "/v1/programs", query),
    programAuctions: (vk: string, query: { limit?: number } = {}) =>
      get(programAuctionsSchema, `/v1/programs/${encodeURIComponent(vk)}/auctions`, query),
    staker: (address: Address) => get(stakerSchema, `/v1/stakers/${address}`),
    stakerHistory: (address: Address, query: { limit?: number; before?: string } = {}) =>
      get(stakerHistorySchema, `/v1/stakers/${address}/history`, query),
    epochs: (query: { limit?: number; before?: number; prover?: Address } = {}) =>
      get(epochsSchema, "/v1/epochs", query),
    epoch: (epoch: number) => get(epochDetailSchema, `/v1/epochs/${epoch}`),
    commissionChanges: (query: { limit?: number; before?: string; prover?: Address } = {}) =>
      get(commissionChangesSchema, "/v1/commission-changes", query),
    decentralization: (days?: number) => get(decentralizationSchema, "/v1/network/decentralization", { days }),
    yields: (days?: number) => get(yieldsSchema, "/v1/network/yields", { days }),
    stakerEvents: (address: Address, query: EventQuery = {}) =>
      get(eventPageSchema, `/v1/stakers/${address}/events`, query),
    proverEvents: (address: Address, query: EventQuery = {}) =>
      get(eventPageSchema, `/v1/provers/${address}/events`, query),
  };
}

export type IndexerClient = ReturnType<typeof createIndexerClient>;
