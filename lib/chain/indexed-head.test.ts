import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/ports.mjs";
import { chainAnswers, readIndexedHead } from "./indexed-head";
import { readChainRuntimeConfig } from "./runtime-config";

let server: Server | undefined;

/** An indexer stand-in answering /status with `body`. */
async function serveStatus(body: unknown): Promise<string> {
  server = createServer((request, response) => {
    response.writeHead(request.url === "/status" ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

describe("readIndexedHead", () => {
  it("reads the last indexed block from the indexer's /status", async () => {
    const url = await serveStatus({ devnet: { id: 31337, block: { number: 1234, timestamp: 1_700_000_000 } } });
    expect(await readIndexedHead(url)).toEqual({ blockNumber: 1234n, blockTimestamp: 1_700_000_000n });
  });

  it("is null when the indexer answers something else, or nothing", async () => {
    const url = await serveStatus({ devnet: { block: { number: "soon" } } });
    expect(await readIndexedHead(url)).toBeNull();
    expect(await readIndexedHead(`http://127.0.0.1:${await freePort()}`)).toBeNull();
    expect(await readIndexedHead(null)).toBeNull();
  });
});

describe("chainAnswers", () => {
  it("is false for an RPC nobody listens on", async () => {
    const runtime = readChainRuntimeConfig({ RPC_URL: `http://127.0.0.1:${await freePort()}` });
    expect(await chainAnswers(runtime)).toBe(false);
  });
});
