// As a visitor, nothing I can fetch from the dashboard tells me its server's settings: not the
// RPC it reads through (which may carry a provider's key), not its indexer's address, not its
// session secret or data directory. A second production server of the build runs with a marker in
// each; every page the build has (read from its route manifest, so pages added later are
// covered too), its flight data, the chunks it loads, its headers, the API's refusals and what
// a browser sees and logs while on it are searched for the markers.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIResponse } from "@playwright/test";
import { ROOT } from "../scripts/lib/paths.mjs";
import { expect, test } from "./fixtures";
import { type App, startApp } from "./harness/app-server";

const tag = randomBytes(6).toString("hex");
const MARKERS = {
  RPC_URL: `rpcleak${tag}`,
  INDEXER_URL: `idxleak${tag}`,
  SESSION_SECRET: `secretleak${tag}`,
  APP_DATA_DIR: `dirleak${tag}`,
};

let app: App | undefined;
let dataDir = "";

test.beforeAll(async ({ runEnv }) => {
  dataDir = mkdtempSync(join(tmpdir(), `provernet-${MARKERS.APP_DATA_DIR}-`));
  app = await startApp(
    {
      // Anvil ignores the query; the app must still never show it.
      rpcUrl: `${runEnv.rpcUrl}/?k=${MARKERS.RPC_URL}`,
      chainId: runEnv.chainId,
      // Nothing answers there (.invalid never resolves): the pages' indexer-down paths, with
      // their error sentences, are searched too.
      indexerUrl: `http://${MARKERS.INDEXER_URL}.invalid/`,
      env: { SESSION_SECRET: `${MARKERS.SESSION_SECRET}-${"x".repeat(32)}`, APP_DATA_DIR: dataDir },
    },
    () => {},
  );
});

test.afterAll(async () => {
  await app?.service.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every route of the build, a dynamic segment filled with an address-like value. */
function routes(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, ".next", "app-path-routes-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  const filled = Object.values(manifest).map((route) =>
    route
      .replace(/\/\[\[\.\.\.[^\]]+\]\]/g, "")
      .replace(/\[\.\.\.[^\]]+\]/g, "any")
      .replace(/\[[^\]]+\]/g, `0x${"0".repeat(39)}1`),
  );
  return [...new Set(filled.map((route) => route || "/"))].sort();
}

/** Where each marker showed up: `check` searches one text, `leaks` lists the finds. */
function leakLog() {
  const leaks: string[] = [];
  const check = (what: string, text: string) => {
    for (const [name, marker] of Object.entries(MARKERS))
      if (text.includes(marker)) leaks.push(`${what} shows ${name}`);
  };
  return { leaks, check };
}

async function readAll(response: APIResponse): Promise<string> {
  return `${JSON.stringify(response.headers())}\n${await response.text()}`;
}

test("no page, flight payload, chunk, header or API answer carries a server setting", async ({ request }) => {
  test.setTimeout(240_000);
  const base = (app as App).url;
  const { leaks, check } = leakLog();
  const chunks = new Set<string>();
  const pages = routes();
  expect(pages.length).toBeGreaterThan(4);
  for (const path of pages) {
    const html = await readAll(await request.get(`${base}${path}`, { maxRedirects: 0 }));
    check(path, html);
    for (const [chunk] of html.matchAll(/\/_next\/static\/[^"'\s)\\]+/g)) chunks.add(chunk);
    // What a client-side navigation fetches instead of the HTML.
    check(`${path} (flight)`, await readAll(await request.get(`${base}${path}`, { headers: { RSC: "1" } })));
  }
  expect(chunks.size).toBeGreaterThan(0);
  for (const chunk of chunks) check(chunk, await readAll(await request.get(`${base}${chunk}`)));

  const rpc = (data: unknown) => request.post(`${base}/api/rpc`, { data });
  const refusals: [string, Promise<APIResponse>][] = [
    ["/no-such-page", request.get(`${base}/no-such-page`)],
    ["/api/no-such-endpoint", request.get(`${base}/api/no-such-endpoint`)],
    ["/api/indexer/v1/programs", request.get(`${base}/api/indexer/v1/programs`)],
    ["/api/auth/session", request.get(`${base}/api/auth/session`)],
    [
      "/api/rpc (not JSON)",
      request.post(`${base}/api/rpc`, { data: "{nope", headers: { "content-type": "application/json" } }),
    ],
    ["/api/rpc (a write)", rpc({ jsonrpc: "2.0", id: 1, method: "eth_sendRawTransaction", params: ["0x00"] })],
    ["/api/rpc (bad params)", rpc({ jsonrpc: "2.0", id: 1, method: "eth_getBalance", params: ["nope"] })],
    [
      "/api/rpc (a revert)",
      rpc({
        jsonrpc: "2.0",
        id: 1,
        method: "eth_call",
        params: [{ to: `0x${"0".repeat(39)}1`, data: "0x01" }, "latest"],
      }),
    ],
    ["/api/rpc (GET)", request.get(`${base}/api/rpc`)],
  ];
  for (const [what, response] of refusals) check(what, await readAll(await response));

  expect(leaks, leaks.join("\n")).toEqual([]);
});

test("a browser on every page neither receives nor logs a server setting", async ({ page }) => {
  test.setTimeout(240_000);
  const base = (app as App).url;
  const { leaks, check } = leakLog();
  page.on("console", (message) => check(`console on ${page.url()}`, message.text()));
  page.on("pageerror", (error) => check(`page error on ${page.url()}`, `${error.message}\n${error.stack}`));
  const reads: Promise<void>[] = [];
  page.on("response", (response) => {
    const read = async () => {
      const body = await response.text().catch(() => "");
      const headers = await response.allHeaders().catch(() => ({}));
      check(response.url(), `${JSON.stringify(headers)}\n${body}`);
    };
    reads.push(read());
  });
  // Next prerenders its own /_global-error at build, without a nonce: its scripts are blocked
  // by design (the HTTP pass above still searches it).
  for (const path of routes().filter((route) => route !== "/_global-error")) {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState("networkidle");
  }
  await Promise.all(reads);
  expect(reads.length).toBeGreaterThan(0);
  expect(leaks, leaks.join("\n")).toEqual([]);
});
