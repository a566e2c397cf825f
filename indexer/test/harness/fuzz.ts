import fc from "fast-check";
import type { Address } from "viem";
import { HOSTILE_URL_PIECES, HOSTILE_VALUES } from "../../../lib/testing/hostile-inputs";
import api from "../../src/api/index";
import { keyHeaders } from "./api";

/** The GET routes the indexer's app declares, as Hono lists them: routes added later are fuzzed too. */
export function apiRoutes(): string[] {
  const paths = api.routes.filter((route) => route.method === "GET" && !route.path.includes("*")).map((r) => r.path);
  return [...new Set(paths)];
}

const RAW: ReadonlySet<string> = new Set(HOSTILE_URL_PIECES);
const QUERY_KEYS = [
  "limit",
  "offset",
  "before",
  "window",
  "sort",
  "order",
  "state",
  "q",
  "status",
  "prover",
  "days",
  "vk",
];

const encoded = (value: string) => (RAW.has(value) ? value : encodeURIComponent(value));

function value(known: readonly string[]) {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_VALUES, ...HOSTILE_URL_PIECES),
    fc.constantFrom(...known),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.integer().map(String),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
    fc.double().map(String),
  );
}

/** A route's path with each `:param` replaced, and a query of known and random keys (repeated ones included). */
function request(route: string, known: readonly string[]) {
  const params = route.match(/:[A-Za-z]+/g) ?? [];
  const pair = fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 12 })), value(known));
  return fc
    .tuple(fc.tuple(...params.map(() => value(known))), fc.array(pair, { maxLength: 5 }))
    .map(([values, query]) => {
      let path = route;
      params.forEach((param, index) => {
        path = path.replace(param, encoded(values[index] ?? ""));
      });
      const search = query.map(([key, entry]) => `${encodeURIComponent(key)}=${encoded(entry)}`).join("&");
      return search ? `${path}?${search}` : path;
    });
}

/** Why an answer breaks the contract (400/404 in words for what it cannot serve, never a 500, never silence), or null. */
async function judge(url: string, headers: Record<string, string>): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    return `no answer (${(error as Error).message})`;
  }
  const text = await response.text();
  if (response.status === 200) return null;
  // Node's HTTP server refuses a request line over 16 KiB before any of our code runs.
  if (response.status === 431 || response.status === 414) return null;
  if (response.status !== 400 && response.status !== 404) return `HTTP ${response.status}: ${text.slice(0, 200)}`;
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === "string" && /\w/.test(body.error) && body.error.length <= 500) return null;
  } catch {
    // reported below
  }
  return `HTTP ${response.status} without a sentence: ${text.slice(0, 200)}`;
}

export type FuzzOutcome = { routes: string[]; requests: number; failures: string[] };

/**
 * Sends bounded random and hostile values to every route of the live indexer: each `:param`
 * and a random query. Known addresses (a prover, a staker) and a program's vk are mixed in so
 * the values reach past the parameter checks. Failures are collected, not thrown, for the checks.
 */
export async function fuzzApi(
  baseUrl: string,
  known: { addresses: Address[]; vks: string[] },
  runsPerRoute = 40,
): Promise<FuzzOutcome> {
  const headers = keyHeaders();
  const routes = apiRoutes();
  const knownValues = [...known.addresses, ...known.vks, "7d", "all", "stake", "asc", "active", "fulfilled", "10"];
  const failures: string[] = [];
  let requests = 0;
  for (const route of routes) {
    const result = await fc.check(
      fc.asyncProperty(request(route, knownValues), async (path) => {
        requests += 1;
        const failure = await judge(`${baseUrl}${path}`, headers);
        if (failure) throw new Error(`${path.slice(0, 300)}: ${failure}`);
      }),
      { numRuns: runsPerRoute, endOnFailure: true },
    );
    if (result.failed)
      failures.push(
        `${route}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`,
      );
  }
  return { routes, requests, failures };
}
