import { createIndexerClient } from "./client";

/** Where the server reads history; `INDEXER_URL` at run time (npm start sets it). */
export function indexerUrl(env: Record<string, string | undefined> = process.env): string | null {
  return env.INDEXER_URL?.trim() || null;
}

/** The key the indexer exempts from its rate limit (`INDEXER_API_KEY`, shared with it), as a bearer token. */
export function indexerHeaders(env: Record<string, string | undefined> = process.env): Record<string, string> {
  const key = env.INDEXER_API_KEY?.trim();
  return key ? { authorization: `Bearer ${key}` } : {};
}

/** The indexer client for server components; `null` when no indexer is configured. */
export function serverIndexer() {
  const url = indexerUrl();
  // Pages are dynamic: history is as fresh as the last indexed block.
  return url ? createIndexerClient(url, { init: { cache: "no-store", headers: indexerHeaders() } }) : null;
}
