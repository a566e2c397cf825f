import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RPC_BATCH_LIMIT } from "@/lib/chain/rpc-endpoint";
import { RPC_BODY_LIMIT } from "../rpc/rpc-policy";
import { createApi } from "./api";
import type { RateLimit } from "./rate-limit";

const SECRET = "upstream-secret-k3y";
const REVERT_DATA = "0x08c379a0";

// A stand-in RPC: answers eth_blockNumber, reverts eth_call with data, fails eth_getBalance with
// a message naming itself, never answers eth_gasPrice, and records what it was sent.
let upstream: Server;
let upstreamUrl = "";
const received: unknown[] = [];
beforeAll(async () => {
  upstream = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const calls = JSON.parse(body) as { id: number; method: string }[];
      received.push(calls);
      if (calls.some((call) => call.method === "eth_gasPrice")) return; // hangs
      const answers = calls.map(({ id, method }) => {
        if (method === "eth_call")
          return { jsonrpc: "2.0", id, error: { code: 3, message: "execution reverted: no", data: REVERT_DATA } };
        if (method === "eth_getBalance") {
          return {
            jsonrpc: "2.0",
            id,
            error: { code: -32000, message: `fork error at ${upstreamUrl}/?key=${SECRET}` },
          };
        }
        return { jsonrpc: "2.0", id, result: "0x2a" };
      });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(answers));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => {
  upstream.closeAllConnections();
  return new Promise<void>((resolve) => upstream.close(() => resolve()));
});

const LOTS: RateLimit = { limit: 100_000, windowMs: 60_000 };

function proxy(rate: RateLimit = LOTS, upstreamAt = () => `${upstreamUrl}/?key=${SECRET}`) {
  const api = createApi({
    config: () => {
      throw new Error("config read");
    },
    database: () => Promise.reject(new Error("database opened")),
    rpcProxy: { upstream: upstreamAt, rate, timeoutMs: 300 },
  });
  return async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await api.request("/api/rpc", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
  };
}

const call = (method: string, id: number | string = 1, params: unknown[] = []) => ({
  jsonrpc: "2.0",
  id,
  method,
  params,
});

describe("/api/rpc", () => {
  const send = proxy();

  it("forwards an allowed read and answers under the caller's id", async () => {
    expect((await send(call("eth_blockNumber", "a"))).body).toEqual({ jsonrpc: "2.0", id: "a", result: "0x2a" });
  });

  it("answers each call of a batch, refusing only the ones off the allow-list", async () => {
    received.length = 0;
    const { status, body } = await send([
      call("eth_blockNumber", 1),
      call("eth_sendRawTransaction", 2, ["0x00"]),
      call("debug_traceTransaction", 3),
      call("eth_chainId", 4),
    ]);
    expect(status).toBe(200);
    expect(body.map((answer: { id: number }) => answer.id)).toEqual([1, 2, 3, 4]);
    expect(body[0].result).toBe("0x2a");
    expect(body[1].error.message).toBe(
      "Transactions and signatures go through your wallet, not through the dashboard's RPC endpoint.",
    );
    expect(body[2].error).toEqual({
      code: -32601,
      message: "This method is not available here: the dashboard's RPC endpoint serves the app's own reads only.",
    });
    // Only the allowed calls went upstream, under ids of the proxy's own.
    expect(received).toEqual([
      [
        { jsonrpc: "2.0", id: 0, method: "eth_blockNumber", params: [] },
        { jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] },
      ],
    ]);
  });

  it("refuses a single write or unknown method with a 4xx, and eth_getLogs, which no page needs", async () => {
    for (const method of ["eth_sendTransaction", "eth_getLogs", "anvil_setBalance"]) {
      const { status, body } = await send(call(method));
      expect(status).toBe(403);
      expect(body.error.code).toBe(-32601);
    }
  });

  it("keeps a revert's data and drops the upstream's own words", async () => {
    const { body, text } = await send([call("eth_call", 1), call("eth_getBalance", 2)]);
    expect(body[0].error).toEqual({ code: 3, message: "execution reverted", data: REVERT_DATA });
    expect(body[1].error).toEqual({ code: -32000, message: "The chain's RPC could not answer this call." });
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(upstreamUrl);
  });

  it("limits the body size and the batch length", async () => {
    const big = await send(call("eth_call", 1, [{ data: `0x${"00".repeat(RPC_BODY_LIMIT)}` }]));
    expect(big.status).toBe(413);
    expect(big.body.error.message).toBe("The request is larger than 128 KiB: split it.");
    const long = await send(Array.from({ length: RPC_BATCH_LIMIT + 1 }, (_, i) => call("eth_chainId", i)));
    expect(long.status).toBe(413);
    expect(long.body.error.message).toBe(`A batch may carry at most ${RPC_BATCH_LIMIT} calls: split it.`);
    expect((await send(Array.from({ length: RPC_BATCH_LIMIT }, (_, i) => call("eth_chainId", i)))).status).toBe(200);
  });

  it("gives up on a silent upstream and says so without naming it", async () => {
    const { status, text, body } = await send(call("eth_gasPrice"));
    expect(status).toBe(504);
    expect(body.error.message).toBe("The chain's RPC did not answer in time: try again.");
    expect(text).not.toContain(SECRET);
  });

  it("says the chain does not answer when nothing listens upstream", async () => {
    const down = proxy(LOTS, () => "http://127.0.0.1:9/?key=secret");
    const { status, text } = await down(call("eth_chainId"));
    expect(status).toBe(502);
    expect(text).not.toContain("127.0.0.1:9");
  });

  it("rate-limits each client and says when to come back", async () => {
    const limited = proxy({ limit: 2, windowMs: 60_000 });
    const from = (ip: string) => limited(call("eth_chainId"), { "x-forwarded-for": ip });
    expect((await from("10.0.0.1")).status).toBe(200);
    expect((await from("10.0.0.1")).status).toBe(200);
    const refused = await from("10.0.0.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body.error.message).toBe("Too many chain reads from this client: wait a moment.");
    expect((await from("10.0.0.2")).status).toBe(200);
  });

  it("answers anything else with a 4xx and a sentence: never a 500, never a hang", async () => {
    const entry = fc.oneof(
      fc.record({ jsonrpc: fc.constant("2.0"), id: fc.nat(), method: fc.string(), params: fc.array(fc.anything()) }),
      fc.anything(),
    );
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      entry.map((value) => JSON.stringify(value)),
      fc.array(entry, { maxLength: RPC_BATCH_LIMIT * 2 }).map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        const { status, body: answer } = await send(raw);
        expect(status).toBeLessThan(500);
        const answers = Array.isArray(answer) ? answer : [answer];
        for (const one of answers) {
          expect(one.jsonrpc).toBe("2.0");
          if (status >= 400 || "error" in one) expect(one.error.message).toMatch(/^[A-Z].*[.:] ?.*$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("takes POST only", async () => {
    const api = createApi({ config: () => ({}) as never, database: () => Promise.reject(new Error("no")) });
    const response = await api.request("/api/rpc");
    expect(response.status).toBe(405);
  });
});
