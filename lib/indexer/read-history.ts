import { reportError } from "../server/errors/report-error";
import { IndexerResponseError, IndexerUnavailableError } from "./client";
import { serverIndexer } from "./server";

/** History is optional for a page: a missing or failing indexer is a state the page shows. */
export type History<T> = { status: "ok"; data: T } | { status: "unavailable"; reason: string };

/**
 * Reads history for a server-rendered page. A failure is logged with the indexer's URL and its own
 * words; the page shows a sentence with the log line's reference instead.
 */
export async function readHistory<T>(
  read: (indexer: NonNullable<ReturnType<typeof serverIndexer>>) => Promise<T>,
): Promise<History<T>> {
  const indexer = serverIndexer();
  if (!indexer) return { status: "unavailable", reason: "No indexer is configured (INDEXER_URL is not set)." };
  try {
    return { status: "ok", data: await read(indexer) };
  } catch (error) {
    if (error instanceof IndexerUnavailableError || error instanceof IndexerResponseError) {
      const sentence =
        error instanceof IndexerUnavailableError
          ? "The indexer did not answer."
          : "The indexer's answer could not be used.";
      const { message } = reportError({ route: "page history read", error, upstream: error.url }, sentence);
      return { status: "unavailable", reason: message };
    }
    throw error;
  }
}
