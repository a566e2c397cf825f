import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createApi } from "./api";

const VK = `0x${"ab".repeat(32)}`;

// A stand-in indexer that answers every path with what it was asked (and the request id it was
// sent), and a 400 for one vk.
let indexer: Server;
let indexerUrl = "";
beforeAll(async () => {
  indexer = createServer((request, response) => {
    const refused = request.url?.includes("0xbad");
    response.writeHead(refused ? 400 : 200, { "content-type": "application/json" });
    const id = request.headers["x-request-id"];
    response.end(JSON.stringify(refused ? { error: "vk is wrong" } : { asked: request.url, ...(id ? { id } : {}) }));
  });
  await new Promise<void>((resolve) => indexer.listen(0, "127.0.0.1", resolve));
  indexerUrl = `http://127.0.0.1:${(indexer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => indexer.close(() => resolve())));
afterEach(() => {
  delete process.env.INDEXER_URL;
});

// The proxy must not need sign-in's configuration or the app's database: both fail loudly here.
const api = createApi({
  config: () => {
    throw new Error("config read");
  },
  database: () => Promise.reject(new Error("database opened")),
});
const get = async (path: string) => {
  const response = await api.request(path);
  return { status: response.status, body: await response.json() };
};

describe("/api/indexer", () => {
  it("passes the programs list and a program's auctions through, with only the paging parameters", async () => {
    process.env.INDEXER_URL = `${indexerUrl}/`;
    expect(await get("/api/indexer/v1/programs?limit=5&offset=10&evil=1")).toEqual({
      status: 200,
      body: { asked: "/v1/programs?limit=5&offset=10" },
    });
    expect(await get(`/api/indexer/v1/programs/${VK}/auctions?limit=250&status=x`)).toEqual({
      status: 200,
      body: { asked: `/v1/programs/${VK}/auctions?limit=250` },
    });
  });

  it("sends the indexer the request's id, so both logs carry it", async () => {
    process.env.INDEXER_URL = indexerUrl;
    const response = await api.request("/api/indexer/v1/programs", { headers: { "x-request-id": "req-9" } });
    expect(await response.json()).toEqual({ asked: "/v1/programs", id: "req-9" });
  });

  it("keeps the indexer's refusal and its sentence", async () => {
    process.env.INDEXER_URL = indexerUrl;
    expect(await get("/api/indexer/v1/programs/0xbad/auctions")).toEqual({
      status: 400,
      body: { error: "vk is wrong" },
    });
  });

  it("says in words when there is no indexer, or it does not answer", async () => {
    expect(await get("/api/indexer/v1/programs")).toEqual({
      status: 503,
      body: { error: "The market's history is unavailable: this server has no indexer configured." },
    });
    process.env.INDEXER_URL = "http://127.0.0.1:1";
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const down = await get("/api/indexer/v1/programs");
    expect(down.status).toBe(503);
    expect(down.body.error).toMatch(
      /^The market's history is unavailable: the indexer did not answer\. \(reference [0-9a-f]{12}\)$/,
    );
    // The indexer's address is in the log line with the same reference, not in the answer.
    const line = JSON.parse(String(logged.mock.calls[0]?.[0]));
    expect(down.body.error).toContain(line.requestId);
    expect(line.upstream).toBe("http://127.0.0.1:1/v1/programs");
    logged.mockRestore();
  });
});
