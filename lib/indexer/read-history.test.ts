import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readHistory } from "./read-history";

// A stand-in indexer that refuses every request in its own words, which name internal things.
let indexer: Server;
let indexerUrl = "";
beforeAll(async () => {
  indexer = createServer((_, response) => {
    response.writeHead(400, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: "relation provernet_internal.staker does not exist" }));
  });
  await new Promise<void>((resolve) => indexer.listen(0, "127.0.0.1", resolve));
  indexerUrl = `http://127.0.0.1:${(indexer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => indexer.close(() => resolve())));
afterEach(() => {
  delete process.env.INDEXER_URL;
  vi.restoreAllMocks();
});

async function failedRead() {
  const log = vi.spyOn(console, "error").mockImplementation(() => {});
  const history = await readHistory((client) => client.epochs());
  expect(history.status).toBe("unavailable");
  const reason = history.status === "unavailable" ? history.reason : "";
  expect(log).toHaveBeenCalledTimes(1);
  return { reason, line: JSON.parse(String(log.mock.calls[0]?.[0])) };
}

describe("readHistory when the indexer fails", () => {
  it("shows a sentence and a reference; the log line under that reference has the URL, the stack and the cause", async () => {
    process.env.INDEXER_URL = "http://127.0.0.1:1";
    const { reason, line } = await failedRead();
    expect(reason).toMatch(/^The indexer did not answer\. \(reference ([0-9a-f]{12})\)$/);
    expect(reason).not.toContain("127.0.0.1");
    expect(reason).toContain(line.requestId);
    expect(line).toMatchObject({
      level: "error",
      route: "page history read",
      upstream: "http://127.0.0.1:1/v1/epochs",
    });
    expect(line.stack).toContain("IndexerUnavailableError");
    expect(line.cause).toBeTruthy();
  });

  it("keeps the indexer's own words for the log", async () => {
    process.env.INDEXER_URL = indexerUrl;
    const { reason, line } = await failedRead();
    expect(reason).toMatch(/^The indexer's answer could not be used\. \(reference [0-9a-f]{12}\)$/);
    expect(reason).not.toContain("provernet_internal");
    expect(line.message).toBe("relation provernet_internal.staker does not exist");
    expect(line.upstream).toBe(`${indexerUrl}/v1/epochs`);
    expect(reason).toContain(line.requestId);
  });

  it("gives every failure its own reference", async () => {
    process.env.INDEXER_URL = "http://127.0.0.1:1";
    const [first, second] = [await failedRead(), await failedRead()];
    expect(first.line.requestId).not.toBe(second.line.requestId);
  });
});
