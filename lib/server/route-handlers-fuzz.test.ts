import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_URL_PIECES, HOSTILE_VALUES } from "../testing/hostile-inputs";
import { createApi } from "./api/api";

// Every route handler under app/ (found on disk, so a route added later is fuzzed too) and every
// route of the app's Hono API, sent bounded random and hostile input. With no indexer and no chain
// reachable, each must still answer in words: 2xx/3xx, a 4xx, or a 503 for what it cannot reach,
// never a 500, never an uncaught error, never silence.

const APP_DIR = fileURLToPath(new URL("../../app/", import.meta.url));
const ORIGIN = "http://dashboard.test";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const QUERY_KEYS = ["address", "limit", "offset", "before", "window", "page", "vk", "prover", "step"];

const dirs: string[] = [];
const env = { ...process.env };

beforeAll(() => {
  const data = mkdtempSync(join(tmpdir(), "provernet-fuzz-app-db-"));
  dirs.push(data);
  Object.assign(process.env, {
    CHAIN: "devnet",
    // Nothing answers on the discard port: every read of the indexer or the chain fails at once.
    INDEXER_URL: "http://127.0.0.1:9",
    RPC_URL: "http://127.0.0.1:9",
    APP_ORIGIN: ORIGIN,
    SESSION_SECRET: randomBytes(32).toString("base64url"),
    APP_DATABASE_URL: "",
    DATABASE_URL: "",
    APP_DATA_DIR: data,
  });
});
afterAll(() => {
  process.env = env;
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** app/**\/route.ts as URL templates: `[x]` one segment, `[...x]` one or more, `[[...x]]` any number. */
function routeFiles(): { file: string; template: string }[] {
  return (readdirSync(APP_DIR, { recursive: true }) as string[])
    .filter((file) => file.endsWith(`${sep}route.ts`) || file === "route.ts")
    .map((file) => {
      const segments = file.split(sep).slice(0, -1);
      const path = segments.filter((segment) => !/^\(.*\)$/.test(segment)).join("/");
      return { file: join(APP_DIR, file), template: `/${path}` };
    });
}

/** The Hono API's own routes (under the catch-all), with `:params`. */
function apiTemplates(): string[] {
  const api = createApi({ config: () => ({}) as never, database: () => Promise.reject(new Error("unused")) });
  return [...new Set(api.routes.filter((route) => !route.path.includes("*")).map((route) => route.path))];
}

const segment = fc.oneof(
  fc.constantFrom(...HOSTILE_VALUES).map(encodeURIComponent),
  fc.constantFrom(...HOSTILE_URL_PIECES),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: "grapheme", maxLength: 10 }).map(encodeURIComponent),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
);

function concrete(template: string) {
  const parts = template.split("/").filter(Boolean);
  return fc
    .tuple(
      ...parts.map((part) => {
        if (/^\[\[\.\.\..+\]\]$/.test(part)) return fc.array(segment, { maxLength: 3 });
        if (/^\[\.\.\..+\]$/.test(part)) return fc.array(segment, { minLength: 1, maxLength: 3 });
        if (/^\[.+\]$/.test(part) || part.startsWith(":")) return segment.map((value) => [value]);
        return fc.constant([part]);
      }),
    )
    .map((pieces) => `/${pieces.flat().join("/")}`);
}

const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 8 })), segment), { maxLength: 4 })
  .map((pairs) =>
    pairs.length ? `?${pairs.map(([key, value]) => `${encodeURIComponent(key)}=${value}`).join("&")}` : "",
  );

const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{"message":"x","signature":"0x"}', "{", "[]", "null", '{"rule":{}}', "x".repeat(100_000)),
  fc.json({ maxDepth: 3 }),
);

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => unknown;

/** Why an answer breaks the contract, or null. */
async function judge(handler: Handler, request: Request): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<"silence">((resolve) => {
    timer = setTimeout(() => resolve("silence"), 20_000);
  });
  try {
    const answer = await Promise.race([
      Promise.resolve(handler(request, { params: Promise.resolve({}) })).catch((error: unknown) => ({ error })),
      silence,
    ]);
    if (answer === "silence") return "no answer within 20 s";
    if (!(answer instanceof Response)) return `threw ${String((answer as { error: unknown }).error).slice(0, 200)}`;
    const text = await answer.text();
    if (answer.status < 400) return null;
    if (answer.status >= 500 && answer.status !== 503) return `HTTP ${answer.status}: ${text.slice(0, 200)}`;
    return /[A-Za-z]{3,}/.test(text) ? null : `HTTP ${answer.status} without a sentence: ${text.slice(0, 200)}`;
  } finally {
    clearTimeout(timer);
  }
}

describe("every app route handler, fuzzed", () => {
  const files = routeFiles();

  it("finds the route handlers and the API's routes", () => {
    expect(files.map((entry) => entry.template)).toEqual(
      expect.arrayContaining(["/api/[[...route]]", "/api/health", "/portfolio/history.csv"]),
    );
    expect(apiTemplates()).toEqual(
      expect.arrayContaining(["/api/auth/nonce", "/api/indexer/v1/programs/:vk/auctions"]),
    );
  });

  for (const { file, template } of files) {
    it(`answers ${template} in words, whatever it is sent`, { timeout: 600_000 }, async () => {
      const handlers = (await import(file)) as Partial<Record<(typeof METHODS)[number], Handler>>;
      const methods = METHODS.filter((method) => typeof handlers[method] === "function");
      expect(methods.length).toBeGreaterThan(0);
      // The catch-all serves the Hono API: its own routes are templates too.
      const templates = template.includes("[[...") ? [template, ...apiTemplates()] : [template];
      const request = fc.record({
        method: fc.constantFrom(...methods),
        path: fc.constantFrom(...templates).chain(concrete),
        query,
        body,
        origin: fc.constantFrom(ORIGIN, "https://evil.example", undefined),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ method, path, query: search, body: payload, origin }) => {
          const headers: Record<string, string> = { "content-type": "application/json" };
          if (origin) headers.origin = origin;
          const sendsBody = method !== "GET" && payload !== undefined;
          const failure = await judge(
            handlers[method] as Handler,
            new Request(`${ORIGIN}${path}${search}`, { method, headers, body: sendsBody ? payload : undefined }),
          );
          if (failure) throw new Error(`${method} ${path.slice(0, 200)}${search.slice(0, 100)}: ${failure}`);
        }),
        { numRuns: 60 },
      );
    });
  }
});
