import { IndexerResponseError, IndexerUnavailableError } from "./client";
import { serverIndexer } from "./server";

/** History is optional for a page: a missing or failing indexer is a state the page shows. */
export type History<T> = { status: "ok"; data: T } | { status: "unavailable"; reason: string };

export async function readHistory<T>(
  read: (indexer: NonNullable<ReturnType<typeof serverIndexer>>) => Promise<T>,
): Promise<History<T>> {
  const indexer = serverIndexer();
  if (!indexer) return { status: "unavailable", reason: "No indexer is configured (INDEXER_URL is not set)." };
  try {
    return { status: "ok", data: await read(indexer) };
  } catch (error) {
    if (error instanceof IndexerUnavailableError || error instanceof IndexerResponseError) {
      return { status: "unavailable", reason: error.message };
    }
    throw error;
  }
}
