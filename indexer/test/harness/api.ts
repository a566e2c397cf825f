import type { Address } from "viem";
import { createIndexerClient, type EventQuery, IndexerResponseError } from "../../../lib/indexer/client";
import { MAX_EVENTS } from "../../../lib/indexer/event-schemas";
import { readMarketApi } from "./market-api";

type Client = ReturnType<typeof createIndexerClient>;

/** What a refused request answered: the status and the sentence, as the app would see them. */
export type Refusal = { status: number; message: string };

export async function refusal(request: Promise<unknown>): Promise<Refusal | "accepted"> {
  try {
    await request;
    return "accepted";
  } catch (error) {
    if (error instanceof IndexerResponseError) return { status: error.status, message: error.message };
    throw error;
  }
}

/**
 * The API as the app reads it (through the one client, so every answer is validated against
 * its schema), captured on the live indexer before it stops.
 */
/** The key the harness gave the indexer (scripts/indexer/run.mjs), as the app sends it: the rate limit does not count its reads. */
export function keyHeaders(): Record<string, string> {
  const key = process.env.INDEXER_API_KEY;
  return key ? { authorization: `Bearer ${key}` } : {};
}

export async function readApi(url: string, staker: Address, scenario: { auctionWinner: Address; retired: Address[] }) {
  const client: Client = createIndexerClient(url, { timeoutMs: 30_000, init: { headers: keyHeaders() } });
  const proverList = await client.provers({ limit: 100 });
  const first = proverList.items[0]?.address;
  if (!first) throw new Error("The API lists no prover.");
  const programs = await client.programs({ limit: 100 });
  const busiest = [...programs.items].sort((a, b) => b.requests - a.requests)[0]?.vk;
  if (!busiest) throw new Error("The API lists no program.");
  return {
    network: await client.network(),
    proverList,
    proverPage: await client.provers({ sort: "stakers", order: "asc", limit: 5, offset: 5 }),
    prover: await client.prover(first),
    series: await client.proverSeries(first, "all"),
    /** So few points that the indexer picks them by time bucket. */
    fewPoints: await client.proverSeries(first, "all", 5),
    fees: await client.proverFees(first),
    staker: await client.staker(staker),
    history: await wholeHistory(client, staker),
    events: await eventWalks(client, staker, first),
    epochs: await allEpochs(client),
    proverEpochs: await client.epochs({ prover: first, limit: 100 }),
    commissionChanges: await allCommissionChanges(client),
    proverCommissionChanges: await client.commissionChanges({ prover: first, limit: 100 }),
    decentralization: await client.decentralization(365),
    yields: await client.yields(30),
    requests: await client.requests({ limit: 1 }),
    fulfilled: await client.requests({ phase: "fulfilled", limit: 1 }),
    /** The live auction's request is the winner's newest. */
    auctionWinnerRequests: await client.requests({ prover: scenario.auctionWinner, limit: 5 }),
    retired: await Promise.all(scenario.retired.map((address) => client.prover(address))),
    programs,
    market: await readMarketApi(client),
    /** The program with the most requests: every auction of it the API holds, and its latest three. */
    auctions: await client.programAuctions(busiest, { limit: 500 }),
    latestAuctions: await client.programAuctions(busiest, { limit: 3 }),
    refusals: {
      hugeLimit: await refusal(client.provers({ limit: 1_000_000 })),
      badAddress: await refusal(client.prover("0xnot-an-address" as Address)),
      unknownWindow: await refusal(client.proverSeries(first, "1y" as "7d")),
      badSort: await refusal(client.provers({ sort: "name; drop table prover" as "stake" })),
      unknownProver: await refusal(client.prover("0x000000000000000000000000000000000000dEaD")),
      hugeAuctionLimit: await refusal(client.programAuctions(busiest, { limit: 501 })),
      badVk: await refusal(client.programAuctions("0x1234")),
      epochZero: await refusal(client.epoch(0)),
      unsetEpoch: await refusal(client.epoch(2_000_000_000)),
      hugeEpoch: await refusal(client.epoch(4_000_000_000)),
      badEpochCursor: await refusal(client.epochs({ before: -1 })),
      badCommissionCursor: await refusal(client.commissionChanges({ before: "yesterday" })),
      tooManyDays: await refusal(client.decentralization(366)),
    },
  };
}

/** Every page of a staker's history, as the CSV export reads it, and how many pages that took. */
type EventRead = (query: EventQuery) => ReturnType<Client["stakerEvents"]>;

/** Events walked `limit` at a time by cursor: their ids, in the order served. */
async function walkEvents(read: EventRead, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let before: string | undefined;
  for (let pages = 0; pages < 1_000; pages += 1) {
    const page = await read({ limit, before });
    ids.push(...page.items.map((item) => item.id));
    if (page.next === null) return ids;
    before = page.next;
  }
  throw new Error(`The events did not end within 1,000 pages of ${limit}.`);
}

/** A staker's and a prover's events in the largest pages, and one and three at a time. */
async function eventWalks(client: Client, staker: Address, prover: Address) {
  const walks = async (read: EventRead) => ({
    whole: await walkEvents(read, MAX_EVENTS),
    byOne: await walkEvents(read, 1),
    byThree: await walkEvents(read, 3),
  });
  return {
    staker: await walks((query) => client.stakerEvents(staker, query)),
    prover: await walks((query) => client.proverEvents(prover, query)),
  };
}

async function wholeHistory(client: Client, staker: Address) {
  const first = await client.stakerHistory(staker, { limit: 100 });
  const items = [...first.items];
  let pages = 1;
  for (let before = first.nextCursor; before !== null; pages += 1) {
    const page = await client.stakerHistory(staker, { limit: 100, before });
    if (page.items.length === 0) throw new Error(`History stopped at ${items.length} of ${first.total} rows.`);
    items.push(...page.items);
    before = page.nextCursor;
  }
  return { ...first, items, pages };
}

/** Every set epoch, newest first, read in small pages to walk the keyset cursor; and each epoch's distribution. */
async function allEpochs(client: Client) {
  const first = await client.epochs({ limit: 2 });
  const items = [...first.items];
  for (let before = first.nextBefore; before !== null; ) {
    const page = await client.epochs({ limit: 2, before });
    items.push(...page.items);
    before = page.nextBefore;
  }
  const details = await Promise.all(items.map((item) => client.epoch(item.epoch)));
  return { ...first, items, details };
}

/** Every commission change, newest first, through the cursor in pages of 7. */
async function allCommissionChanges(client: Client) {
  const first = await client.commissionChanges({ limit: 7 });
  const items = [...first.items];
  for (let before = first.nextBefore; before !== null; ) {
    const page = await client.commissionChanges({ limit: 7, before });
    items.push(...page.items);
    before = page.nextBefore;
  }
  return { ...first, items };
}

export type ApiAnswers = Awaited<ReturnType<typeof readApi>>;
