import { createIndexerClient } from "./client";

/** Where the server reads history; `INDEXER_URL` at run time (npm start sets it). */
export function indexerUrl(env: Record<string, string | undefined> = process.env): string | null {
  return env.INDEXER_URL?.trim() || null;
}

/** The indexer client for server components; `null` when no indexer is configured. */
export function serverIndexer() {
  const url = indexerUrl();
  // Pages are dynamic: history is as fresh as the last indexed block.
  return url ? createIndexerClient(url, { init: { cache: "no-store" } }) : null;
}
