import { getAddress, isAddress } from "viem";
import { IndexerResponseError, IndexerUnavailableError } from "@/lib/indexer/client";
import { serverIndexer } from "@/lib/indexer/server";
import { historyCsvStream } from "@/lib/portfolio/history-csv";
import { readBrevDecimals } from "@/lib/server/chain/brev-decimals";
import { reportError } from "@/lib/server/errors/report-error";

export const dynamic = "force-dynamic";

/** The indexer's largest page. */
const PAGE = 100;

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * GET /portfolio/history.csv?address=0x…: the account's whole stake history as CSV, amounts
 * exact, streamed a page at a time. The first page is read before answering, so an indexer that
 * is down gets a 503 in words rather than a broken download.
 */
export async function GET(request: Request): Promise<Response> {
  const raw = new URL(request.url).searchParams.get("address") ?? "";
  if (!isAddress(raw, { strict: false })) {
    return refuse(400, "The address parameter must be an Ethereum address (0x followed by 40 hex digits).");
  }
  const account = getAddress(raw);
  const indexer = serverIndexer();
  if (!indexer) return refuse(503, "History is unavailable: no indexer is configured.");
  let first: Awaited<ReturnType<typeof indexer.stakerHistory>>;
  try {
    first = await indexer.stakerHistory(account, { limit: PAGE });
  } catch (error) {
    if (error instanceof IndexerUnavailableError || error instanceof IndexerResponseError) {
      const requestId = request.headers.get("x-request-id");
      const report = { route: "GET /portfolio/history.csv", error, upstream: error.url, requestId };
      return refuse(503, reportError(report, "History is unavailable: the indexer could not be read.").message);
    }
    throw error;
  }
  const assetDecimals = await readBrevDecimals();
  if (assetDecimals === null)
    return refuse(503, "History is unavailable: the chain did not answer. Try again in a moment.");
  const next = (before: string) => indexer.stakerHistory(account, { limit: PAGE, before });
  return new Response(historyCsvStream(first, next, assetDecimals), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="provernet-history-${account}.csv"`,
      "cache-control": "no-store",
    },
  });
}
