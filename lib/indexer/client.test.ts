import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIndexerClient, IndexerResponseError, IndexerUnavailableError } from "./client";

const PROVER = "0x21410af6daa6f2efd5b3ab48564811f5883cc1cf";

const series = {
  asOf: 1_700_000_000,
  window: "7d",
  from: 1_699_395_200,
  sharePrice: [{ timestamp: 1_699_395_200, sharePrice: "1000000000000001", totalAssets: "5", totalSupply: "5000" }],
  apy: { grossBps: 812, netBps: 731 },
  rewardsDaily: [
    {
      day: "2023-11-14",
      market: "1",
      epoch: "0",
      other: "0",
      commission: { market: "0", epoch: "0", other: "0" },
      toStakers: "1",
    },
  ],
};

/** A stand-in indexer over real HTTP: each path answers one canned status and body. */
const answers: Record<string, { status: number; body: unknown }> = {
  [`/v1/provers/${PROVER}/series?window=7d`]: { status: 200, body: series },
  "/v1/provers?limit=1000": { status: 400, body: { error: "limit must be between 1 and 100" } },
  "/v1/epochs": {
    status: 200,
    body: {
      asOf: 1,
      current: null,
      configs: [],
      totals: { epochs: 1, amount: "1" },
      items: [{ epoch: 1, amount: "1.5" }],
      nextBefore: null,
    },
  },
  "/v1/network": { status: 502, body: "<html>bad gateway</html>" },
};

/** Paths whose first answer is a 503 with Retry-After, as a read that waited on the writer's lock gets. */
const busyOnce = new Set([`/v1/provers/${PROVER}/series?window=30d`, "/v1/epochs?limit=3"]);
const busy = { status: 503, body: { error: "The indexer is applying new blocks; try again in a moment." } };
answers[`/v1/provers/${PROVER}/series?window=30d`] = { status: 200, body: { ...series, window: "30d" } };
answers["/v1/epochs?limit=3"] = busy;

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? "";
    const first = busyOnce.delete(url);
    const answer = first ? busy : (answers[url] ?? { status: 404, body: { error: "No such endpoint" } });
    const retry = answer.status === 503 ? { "retry-after": "1" } : {};
    response.writeHead(answer.status, { "content-type": "application/json", ...retry });
    response.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createIndexerClient", () => {
  it("turns decimal strings back into exact bigints and addresses into checksummed ones", async () => {
    const result = await createIndexerClient(baseUrl).proverSeries(PROVER, "7d");
    expect(result.sharePrice[0]?.sharePrice).toBe(1_000_000_000_000_001n);
    expect(result.apy).toEqual({ grossBps: 812, netBps: 731 });
    expect(result.rewardsDaily[0]?.market).toBe(1n);
  });

  it("passes the indexer's own words for a refused parameter", async () => {
    const failure = createIndexerClient(baseUrl).provers({ limit: 1000 });
    await expect(failure).rejects.toBeInstanceOf(IndexerResponseError);
    await expect(failure).rejects.toThrow("limit must be between 1 and 100");
  });

  it("refuses an answer that does not have the promised shape, naming the field", async () => {
    await expect(createIndexerClient(baseUrl).epochs()).rejects.toThrow(/items\.0\.amount: is not an integer amount/);
  });

  it("calls a gateway error without a JSON body 'unavailable'", async () => {
    const failure = createIndexerClient(baseUrl).network();
    await expect(failure).rejects.toBeInstanceOf(IndexerUnavailableError);
    await expect(failure).rejects.not.toThrow(baseUrl);
  });

  it("asks once more, after the wait it names, when the indexer answers 503 with Retry-After", async () => {
    const started = performance.now();
    const result = await createIndexerClient(baseUrl).proverSeries(PROVER, "30d");
    expect(result.window).toBe("30d");
    // Timers may fire a millisecond early; the point is that it waited, not how exactly.
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    // Busy twice: the second 503 is the answer, in the indexer's words.
    const failure = createIndexerClient(baseUrl).epochs({ limit: 3 });
    await expect(failure).rejects.toBeInstanceOf(IndexerResponseError);
    await expect(failure).rejects.toThrow("applying new blocks");
  });

  it("calls an indexer that does not listen 'unavailable'", async () => {
    const closed = createIndexerClient("http://127.0.0.1:9", { timeoutMs: 2_000 });
    await expect(closed.epochs()).rejects.toBeInstanceOf(IndexerUnavailableError);
    // Its message reaches visitors: it never names the server's indexer address.
    await expect(closed.epochs()).rejects.toThrow(/^The indexer did not answer\.$/);
  });
});
