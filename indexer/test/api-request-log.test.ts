import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerInWords, guardApi } from "../src/api/guard";
import { requestLog } from "../src/api/request-log";
import { readApiSettings } from "../src/settings";
import { lockTimeout } from "./harness/lock-timeout";

afterEach(() => vi.restoreAllMocks());

/** The API as index.ts assembles it, on stand-in routes. */
function api() {
  const app = new Hono();
  app.use(...requestLog());
  guardApi(app, { ...readApiSettings({}), rateLimit: { limit: 1, windowMs: 60_000 } });
  app.get("/v1/provers/:address", (c) => c.json({ address: c.req.param("address") }));
  app.get("/v1/broken", () => {
    throw new Error("database gone");
  });
  let lockedOnce = false;
  app.get("/v1/locked-once", (c) => {
    if (!lockedOnce) {
      lockedOnce = true;
      throw lockTimeout();
    }
    return c.json({ ok: true });
  });
  answerInWords(app);
  return app;
}

function captureLog() {
  const lines: Record<string, unknown>[] = [];
  const keep = (line: unknown) => {
    if (typeof line === "string" && line.startsWith("{")) lines.push(JSON.parse(line));
  };
  vi.spyOn(console, "log").mockImplementation(keep);
  vi.spyOn(console, "error").mockImplementation(keep);
  return lines;
}

const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe("the indexer API's request log", () => {
  it("logs one JSON line per request with its id, route, status and duration, and answers with the id", async () => {
    const lines = captureLog();
    const response = await api().request("/v1/provers/0xabc?limit=5", {}, from("192.0.2.1"));
    expect(response.status).toBe(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "request",
      method: "GET",
      route: "/v1/provers/0xabc",
      status: 200,
      durationMs: expect.any(Number),
      requestId: response.headers.get("x-request-id"),
    });
    expect(lines[0]?.requestId).toMatch(/^[0-9a-f]{12}$/);
  });

  it("keeps the caller's X-Request-Id", async () => {
    const lines = captureLog();
    const response = await api().request(
      "/v1/provers/0xabc",
      { headers: { "x-request-id": "app-7" } },
      from("192.0.2.2"),
    );
    expect(response.headers.get("x-request-id")).toBe("app-7");
    expect(lines[0]?.requestId).toBe("app-7");
  });

  it("logs refusals and failures too: a 429, a 404 and a 500", async () => {
    const lines = captureLog();
    const app = api();
    await app.request("/v1/provers/0x1", {}, from("192.0.2.3"));
    await app.request("/v1/provers/0x1", {}, from("192.0.2.3"));
    await app.request("/v1/nothing", {}, from("192.0.2.4"));
    await app.request("/v1/broken", {}, from("192.0.2.5"));
    const requests = lines.filter((line) => line.msg === "request");
    expect(requests.map((line) => [line.route, line.status, line.level])).toEqual([
      ["/v1/provers/0x1", 200, "info"],
      ["/v1/provers/0x1", 429, "info"],
      ["/v1/nothing", 404, "info"],
      ["/v1/broken", 500, "error"],
    ]);
  });

  it("logs a read asked again after the writer's lock as one request, under one id", async () => {
    const lines = captureLog();
    const response = await api().request("/v1/locked-once", {}, from("192.0.2.6"));
    expect(response.status).toBe(200);
    const requests = lines.filter((line) => line.msg === "request");
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ route: "/v1/locked-once", status: 200 });
    expect(response.headers.get("x-request-id")).toBe(requests[0]?.requestId);
  });
});
