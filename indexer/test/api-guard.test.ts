import { Hono } from "hono";
import { cors } from "hono/cors";
import { describe, expect, it } from "vitest";
import { answerInWords, guardApi } from "../src/api/guard";
import { BadRequest } from "../src/api/params";
import { type ApiSettings, IndexerConfigError, readApiSettings } from "../src/settings";
import { lockTimeout } from "./harness/lock-timeout";

const KEY = "a-key-only-the-app-holds";

const attempts = { locked: 0, lockedOnce: 0 };

/** The API's guard on a stand-in route, mounted the way Ponder's server mounts our app (after its own `cors("*")`). */
function server(overrides: Partial<ApiSettings> = {}) {
  const settings = { ...readApiSettings({}), ...overrides };
  const app = new Hono();
  guardApi(app, settings);
  app.get("/v1/thing", (c) => c.json({ ok: true }));
  app.get("/v1/refused", () => {
    throw new BadRequest("limit must be a whole number");
  });
  app.get("/v1/never", () => new Promise<Response>(() => {}));
  // What pg throws when Ponder's read pool gives up waiting on the writer's lock: always, or on the first read.
  app.get("/v1/locked", () => {
    attempts.locked += 1;
    throw lockTimeout();
  });
  app.get("/v1/locked-once", (c) => {
    attempts.lockedOnce += 1;
    if (attempts.lockedOnce === 1) throw lockTimeout();
    return c.json({ ok: true });
  });
  answerInWords(app);
  const outer = new Hono().use(cors({ origin: "*" })).route("/", app);
  return (
    path: string,
    { from = "192.0.2.1", headers = {} }: { from?: string; headers?: Record<string, string> } = {},
  ) => outer.request(path, { headers }, { incoming: { socket: { remoteAddress: from } } });
}

async function sentence(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: unknown };
  expect(typeof body.error).toBe("string");
  return body.error as string;
}

describe("the indexer API's guard", () => {
  it("sends the secure headers and a CSP that allows nothing", async () => {
    const response = await server()("/v1/thing");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("lets no browser origin read it when APP_ORIGIN is unset, Ponder's wildcard included", async () => {
    const response = await server()("/v1/thing", { headers: { origin: "https://dash.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets the app's origin read it, and no other", async () => {
    const request = server({ appOrigins: ["https://dash.example"] });
    const own = await request("/v1/thing", { headers: { origin: "https://dash.example" } });
    expect(own.headers.get("access-control-allow-origin")).toBe("https://dash.example");
    const other = await request("/v1/thing", { headers: { origin: "https://evil.example" } });
    expect(other.status).toBe(200);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a client over its limit 429 with Retry-After and a sentence; other clients go on", async () => {
    const request = server({ rateLimit: { limit: 3, windowMs: 60_000 } });
    for (let i = 0; i < 3; i += 1) expect((await request("/v1/thing")).status).toBe(200);
    const refused = await request("/v1/thing");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await sentence(refused)).toMatch(/too many requests/i);
    expect((await request("/v1/thing", { from: "192.0.2.2" })).status).toBe(200);
  });

  it("never limits the app's server, which sends the key; a wrong key counts like none", async () => {
    const request = server({ rateLimit: { limit: 2, windowMs: 60_000 }, apiKey: KEY });
    for (let i = 0; i < 10; i += 1) {
      expect((await request("/v1/thing", { headers: { authorization: `Bearer ${KEY}` } })).status).toBe(200);
    }
    const wrong = { headers: { authorization: `Bearer ${KEY}x` } };
    expect((await request("/v1/thing", wrong)).status).toBe(200);
    expect((await request("/v1/thing", wrong)).status).toBe(200);
    expect((await request("/v1/thing", wrong)).status).toBe(429);
  });

  it("ignores X-Forwarded-For unless told a proxy writes it, then keys on its right-most entry", async () => {
    const direct = server({ rateLimit: { limit: 1, windowMs: 60_000 } });
    expect((await direct("/v1/thing", { headers: { "x-forwarded-for": "203.0.113.1" } })).status).toBe(200);
    expect((await direct("/v1/thing", { headers: { "x-forwarded-for": "203.0.113.2" } })).status).toBe(429);

    const proxied = server({ rateLimit: { limit: 1, windowMs: 60_000 }, clientIpHeader: "x-forwarded-for" });
    const via = (chain: string) => proxied("/v1/thing", { from: "10.0.0.1", headers: { "x-forwarded-for": chain } });
    expect((await via("6.6.6.6, 203.0.113.1")).status).toBe(200);
    // The client may write anything left of the proxy's entry: it is still the same client.
    expect((await via("7.7.7.7, 203.0.113.1")).status).toBe(429);
    expect((await via("203.0.113.2")).status).toBe(200);
  });

  it("answers 504 in words when a route takes longer than the time limit", async () => {
    const response = await server({ timeoutMs: 20 })("/v1/never");
    expect(response.status).toBe(504);
    expect(await sentence(response)).toMatch(/too long/);
  });

  it("asks a read that timed out on the writer's lock once more, then answers 503 with Retry-After", async () => {
    // A limit of 2: the retries must not count, or the second request would be refused.
    const request = server({ rateLimit: { limit: 2, windowMs: 60_000 } });
    const once = await request("/v1/locked-once");
    expect(once.status).toBe(200);
    expect(attempts.lockedOnce).toBe(2);
    const response = await request("/v1/locked");
    expect(attempts.locked).toBe(2);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(await sentence(response)).toMatch(/applying new blocks/);
  });

  it("answers refusals and unknown paths in words, and has no /sql", async () => {
    const request = server();
    const refused = await request("/v1/refused");
    expect(refused.status).toBe(400);
    expect(await sentence(refused)).toBe("limit must be a whole number");
    for (const path of ["/sql/db", "/sql/live", "/graphql", "/v1/nothing/here"]) {
      const response = await request(path);
      expect(response.status, path).toBe(404);
      expect(await sentence(response)).toMatch(/^There is no /);
    }
  });

  it("refuses settings it cannot honour, in words", () => {
    expect(() => readApiSettings({ APP_ORIGIN: "dash.example" })).toThrow(IndexerConfigError);
    expect(() => readApiSettings({ APP_ORIGIN: "https://dash.example/path" })).toThrow(/not an origin/);
    expect(() => readApiSettings({ INDEXER_RATE_LIMIT: "0" })).toThrow(/positive whole number/);
    expect(() => readApiSettings({ INDEXER_API_KEY: "short" })).toThrow(/at least/);
    expect(readApiSettings({ APP_ORIGIN: "https://a.example, https://b.example/" }).appOrigins).toEqual([
      "https://a.example",
      "https://b.example",
    ]);
  });
});
