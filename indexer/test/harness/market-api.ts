import type { createIndexerClient, RequestListQuery } from "../../../lib/indexer/client";
import { REQUEST_PHASES } from "../../../lib/market/phase";
// A cycle with api.ts, which calls readMarketApi: refusal is only called once both are loaded.
import { refusal } from "./api";

type Client = ReturnType<typeof createIndexerClient>;

/** Every page of `/v1/requests` for a query, following `nextCursor` as the app's pager does. */
async function everyRequest(client: Client, query: RequestListQuery = {}) {
  const first = await client.requests({ ...query, limit: 100 });
  const items = [...first.items];
  let cursor = first.nextCursor;
  while (cursor) {
    const page = await client.requests({ ...query, limit: 100, cursor });
    if (page.items.length === 0) throw new Error(`Paging stopped at ${items.length} of ${first.total} requests.`);
    items.push(...page.items);
    cursor = page.nextCursor;
  }
  return { ...first, items, pages: Math.ceil(items.length / 100) };
}

/** What /market and /market/<reqid> read: the whole request list by keyset pages, per phase, a story, the summary. */
export async function readMarketApi(client: Client) {
  const all = await everyRequest(client);
  const byPhase = Object.fromEntries(
    await Promise.all(REQUEST_PHASES.map(async (phase) => [phase, await everyRequest(client, { phase })] as const)),
  );
  const slashed = byPhase.slashed?.items[0]?.reqid;
  const contested = all.items.find((item) => item.status === "fulfilled" && item.reveals > 1)?.reqid;
  if (!slashed || !contested) throw new Error("The API lists no slashed request or no contested fulfilled one.");
  return {
    all,
    byPhase,
    summary: await client.market("all"),
    stories: await Promise.all([client.request(slashed), client.request(contested)]),
    refusals: {
      hugePage: await refusal(client.requests({ limit: 101 })),
      badCursor: await refusal(client.requests({ cursor: "12.0xnot-a-request" })),
      badPhase: await refusal(client.requests({ phase: "asleep" as "bidding" })),
      unknownRequest: await refusal(client.request(`0x${"ab".repeat(32)}`)),
    },
  };
}
