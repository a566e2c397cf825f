import { logLine, requestIdFrom } from "@/lib/server/log/json-log.mjs";

export type ErrorContext = {
  /** Where it happened in the app: an API route, a page's history read, a download. */
  route: string;
  error: unknown;
  /** The internal address that failed (the indexer's URL, an RPC), for the log only. */
  upstream?: string;
  /** The request's `X-Request-Id` (the production server sets one), so its request line and this one share it. */
  requestId?: string | null;
};

export type ReportedError = { requestId: string; message: string };

function details(error: unknown): { message: string; stack?: string; cause?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const cause = error.cause instanceof Error ? error.cause.message : error.cause;
  return { message: error.message, stack: error.stack, ...(cause === undefined ? {} : { cause: String(cause) }) };
}

/**
 * The one way a server-side failure reaches a visitor: the details (message, stack, the internal
 * URL and the upstream's own words) go to the server log as one JSON line under the request's id
 * (a fresh one when it has none), and the visitor gets `sentence` with that id as its reference, nothing else.
 */
export function reportError({ route, error, upstream, ...request }: ErrorContext, sentence: string): ReportedError {
  const requestId = requestIdFrom(request.requestId);
  logLine("error", { requestId, route, upstream, ...details(error) });
  return { requestId, message: `${sentence} (reference ${requestId})` };
}
