// The production server's own behaviour around a stand-in handler; e2e/production-server.spec.ts
// runs it with Next and the real build.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAppServer } from "./app-server.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

const servers: { close: () => void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
  vi.restoreAllMocks();
});

async function start(handle: Handler, { drainTimeoutMs = 5_000, ready = true } = {}) {
  const app = createAppServer(handle, { drainTimeoutMs });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  servers.push(app.server);
  if (ready) app.markReady();
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { ...app, url };
}

/** The JSON lines the server logged (info on stdout, errors on stderr). */
function captureLog() {
  const lines: Record<string, unknown>[] = [];
  const keep = (line: unknown) => lines.push(JSON.parse(String(line)));
  vi.spyOn(console, "log").mockImplementation(keep);
  vi.spyOn(console, "error").mockImplementation(keep);
  return lines;
}

const ok: Handler = (_req, res) => res.end("page");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the app's production server", () => {
  it("answers /healthz at once and /readyz only once the app is prepared", async () => {
    captureLog();
    const app = await start(ok, { ready: false });
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/provers`)).status).toBe(503);
    app.markReady();
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ ready: true, state: "ready" });
    expect((await fetch(`${app.url}/provers`)).status).toBe(200);
  });

  it("logs one JSON line per request with its id, route without the query, status and duration", async () => {
    const lines = captureLog();
    const app = await start((_req, res) => {
      res.statusCode = 404;
      res.end();
    });
    await (await fetch(`${app.url}/provers/0xabc?tab=history`)).text();
    await (await fetch(`${app.url}/healthz`)).text();
    await sleep(20);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "request",
      method: "GET",
      route: "/provers/0xabc",
      status: 404,
      requestId: expect.stringMatching(/^[0-9a-f]{12}$/),
      durationMs: expect.any(Number),
    });
  });

  it("keeps a caller's X-Request-Id, hands it to the handler and answers with it", async () => {
    const lines = captureLog();
    let seen: string | string[] | undefined;
    const app = await start((req, res) => {
      seen = req.headers["x-request-id"];
      res.end();
    });
    const response = await fetch(`${app.url}/`, { headers: { "x-request-id": "lb-42" } });
    expect(response.headers.get("x-request-id")).toBe("lb-42");
    expect(seen).toBe("lb-42");
    await sleep(20);
    expect(lines[0]?.requestId).toBe("lb-42");
  });

  it("answers a handler's failure 500 with a reference, and logs it", async () => {
    const lines = captureLog();
    const app = await start(() => {
      throw new Error("boom at http://10.0.0.5:8545");
    });
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).not.toContain("10.0.0.5");
    expect(body).toContain(response.headers.get("x-request-id"));
    await sleep(20);
    expect(lines.map((line) => line.level)).toEqual(["error", "error"]);
  });

  it("on drain lets a request in flight finish, refuses new connections and resolves true", async () => {
    captureLog();
    const app = await start(async (_req, res) => {
      await sleep(500);
      res.end("slow page");
    });
    const inFlight = fetch(`${app.url}/slow`).then(async (response) => [response.status, await response.text()]);
    await sleep(100);
    const drained = app.drain();
    expect((await fetch(`${app.url}/readyz`).catch((error) => error)) instanceof Error).toBe(true);
    expect(await inFlight).toEqual([200, "slow page"]);
    expect(await drained).toBe(true);
  });

  it("cuts what is still open after the drain timeout and resolves false", async () => {
    captureLog();
    const app = await start(() => new Promise(() => {}), { drainTimeoutMs: 300 });
    const stuck = fetch(`${app.url}/never`).catch((error: unknown) => error);
    await sleep(100);
    const started = Date.now();
    expect(await app.drain()).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await stuck).toBeInstanceOf(Error);
  });
});
