import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { indexerHeaders, indexerUrl } from "@/lib/indexer/server";
import { reportError } from "../errors/report-error";
import { ApiError } from "./api-env";

/** The indexer's answers a page in the browser may ask for: public market history, nothing else. */
const FORWARDED_QUERY = ["limit", "offset"] as const;

/**
 * Passes one GET through to the indexer (whose address stays on the server), keeping its status
 * and its sentence on a refusal; the browser validates the answer with the indexer client's schemas.
 */
async function forward(path: string, query: Record<string, string>, requestId: string | undefined) {
  const base = indexerUrl();
  if (!base) throw new ApiError(503, "The market's history is unavailable: this server has no indexer configured.");
  const params = new URLSearchParams();
  for (const key of FORWARDED_QUERY) if (query[key] !== undefined) params.set(key, query[key]);
  const search = params.size > 0 ? `?${params}` : "";
  const url = `${base.replace(/\/$/, "")}${path}${search}`;
  let response: Response;
  try {
    // The indexer logs the request under the same id.
    const headers = { ...indexerHeaders(), ...(requestId ? { "x-request-id": requestId } : {}) };
    response = await fetch(url, { cache: "no-store", headers, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    const { message } = reportError(
      { route: `GET /api/indexer${path}`, error, upstream: url, requestId },
      "The market's history is unavailable: the indexer did not answer.",
    );
    throw new ApiError(503, message);
  }
  const body: unknown = await response.json().catch(() => null);
  if (body === null)
    throw new ApiError(503, "The market's history is unavailable: the indexer's answer was unreadable.");
  return { body, status: response.status as ContentfulStatusCode };
}

/** Read-only market history for the browser, under /api/indexer with the indexer's own paths. */
export function indexerProxyRoutes() {
  return new Hono()
    .get("/v1/programs", async (c) => {
      const { body, status } = await forward("/v1/programs", c.req.query(), c.req.header("x-request-id"));
      return c.json(body as object, status);
    })
    .get("/v1/programs/:vk/auctions", async (c) => {
      const path = `/v1/programs/${encodeURIComponent(c.req.param("vk"))}/auctions`;
      const { body, status } = await forward(path, c.req.query(), c.req.header("x-request-id"));
      return c.json(body as object, status);
    });
}
