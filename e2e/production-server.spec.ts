// As an operator: the production server (`npm run serve`) with the real build answers its probes,
// writes one JSON line per request with the id a balancer sent, and on SIGTERM lets a slow request
// in flight finish, refuses new connections and exits 0. The slow request is a chain read through
// /api/rpc whose RPC (the fork, behind a delay switched on for it alone) takes SLOW_MS to answer.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";
import { type App, startApp } from "./harness/app-server";

const SLOW_MS = 1_500;
// The log file outlives a run: this run's ids are its own.
const RUN = randomBytes(4).toString("hex");
const PAGE_ID = `e2e-page-${RUN}`;
const SLOW_ID = `e2e-slow-${RUN}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let app: App | undefined;
let delayingRpc: Server | undefined;
/** Set while the slow request goes out; resolved when the delaying RPC has received it. */
let slowCall: { received: () => void } | undefined;

test.beforeAll(async ({ runEnv }) => {
  delayingRpc = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const call = slowCall;
    if (call) {
      call.received();
      await sleep(SLOW_MS);
    }
    const upstream = await fetch(runEnv.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: Buffer.concat(chunks),
    });
    res.writeHead(upstream.status, { "content-type": "application/json" });
    res.end(await upstream.text());
  });
  await new Promise<void>((resolve) => delayingRpc?.listen(0, "127.0.0.1", resolve));
  const rpcUrl = `http://127.0.0.1:${(delayingRpc.address() as AddressInfo).port}`;
  app = await startApp(
    { rpcUrl, chainId: runEnv.chainId, indexerUrl: runEnv.indexerUrl, logName: "e2e-production-server" },
    () => {},
  );
});

test.afterAll(async () => {
  await app?.service.stop();
  delayingRpc?.close();
});

/** The JSON lines the server wrote for the given request id. */
function logged(requestId: string): Record<string, unknown>[] {
  return readFileSync((app as App).logFile, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.requestId === requestId);
}

test("probes, a JSON log line per request, and a drain on SIGTERM that lets a slow request finish", async () => {
  const { url, pid, exited } = app as App;

  const live = await fetch(`${url}/healthz`);
  expect(live.status).toBe(200);
  const ready = await fetch(`${url}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ ready: true, state: "ready" });

  const page = await fetch(`${url}/provers?sort=stake`, { headers: { "x-request-id": PAGE_ID } });
  expect(page.status).toBe(200);
  expect(page.headers.get("x-request-id")).toBe(PAGE_ID);
  await page.text();
  const fresh = await fetch(`${url}/rewards`);
  await fresh.text();
  const freshId = fresh.headers.get("x-request-id") ?? "";
  expect(freshId).toMatch(/^[0-9a-f]{12}$/);

  // The slow chain read, in flight when the signal comes.
  let received = () => {};
  const atRpc = new Promise<void>((resolve) => {
    received = resolve;
  });
  slowCall = { received };
  const startedAt = Date.now();
  const slow = fetch(`${url}/api/rpc`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": SLOW_ID },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_blockNumber", params: [] }),
  });
  await atRpc;
  process.kill(pid as number, "SIGTERM");
  await sleep(200);
  // Draining: no new connection is accepted.
  const refused = await fetch(`${url}/healthz`).then(
    () => null,
    (error: unknown) => error,
  );
  expect(refused, "a new connection after SIGTERM").toBeInstanceOf(Error);

  const answer = await slow;
  expect(answer.status).toBe(200);
  expect((await answer.json()) as { result?: string }).toMatchObject({ id: 1, result: expect.stringMatching(/^0x/) });
  expect(Date.now() - startedAt).toBeGreaterThanOrEqual(SLOW_MS);
  expect(await exited, "the server's exit code").toBe(0);

  expect(logged(PAGE_ID)).toEqual([
    expect.objectContaining({ level: "info", msg: "request", method: "GET", route: "/provers", status: 200 }),
  ]);
  expect(logged(freshId)).toEqual([expect.objectContaining({ route: "/rewards", status: 200 })]);
  const [slowLine, ...more] = logged(SLOW_ID);
  expect(more).toEqual([]);
  expect(slowLine).toMatchObject({ method: "POST", route: "/api/rpc", status: 200 });
  expect(slowLine?.durationMs).toBeGreaterThanOrEqual(SLOW_MS);
  expect(slowLine?.aborted).toBeUndefined();
});
