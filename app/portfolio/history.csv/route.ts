import { getAddress, isAddress } from "viem";
import { serverPublicClient } from "@/lib/chain/public-client";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { brevTokenAbi } from "@/lib/contracts/generated";
import { IndexerResponseError, IndexerUnavailableError } from "@/lib/indexer/client";
import type { StakerHistory } from "@/lib/indexer/schemas";
import { serverIndexer } from "@/lib/indexer/server";
import { historyCsv } from "@/lib/portfolio/history-csv";
import { reportError } from "@/lib/server/errors/report-error";

export const dynamic = "force-dynamic";

/** The indexer's largest page. */
const PAGE = 100;

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** GET /portfolio/history.csv?address=0x…: the account's whole stake history as CSV, amounts exact. */
export async function GET(request: Request): Promise<Response> {
  const raw = new URL(request.url).searchParams.get("address") ?? "";
  if (!isAddress(raw, { strict: false })) {
    return refuse(400, "The address parameter must be an Ethereum address (0x followed by 40 hex digits).");
  }
  const account = getAddress(raw);
  const indexer = serverIndexer();
  if (!indexer) return refuse(503, "History is unavailable: no indexer is configured.");
  const items: StakerHistory["items"] = [];
  try {
    for (let offset = 0; ; offset += PAGE) {
      const page = await indexer.stakerHistory(account, { limit: PAGE, offset });
      items.push(...page.items);
      if (page.items.length < PAGE || items.length >= page.total) break;
    }
  } catch (error) {
    if (error instanceof IndexerUnavailableError || error instanceof IndexerResponseError) {
      const report = { route: "GET /portfolio/history.csv", error, upstream: error.url };
      return refuse(503, reportError(report, "History is unavailable: the indexer could not be read.").message);
    }
    throw error;
  }
  const runtime = readChainRuntimeConfig();
  const assetDecimals = await serverPublicClient(runtime)
    .readContract({
      address: deploymentFor(runtime.network).contracts.BrevToken,
      abi: brevTokenAbi,
      functionName: "decimals",
    })
    .catch(() => null);
  if (assetDecimals === null)
    return refuse(503, "History is unavailable: the chain did not answer. Try again in a moment.");
  return new Response(historyCsv(items, assetDecimals), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="provernet-history-${account}.csv"`,
      "cache-control": "no-store",
    },
  });
}
