// Every GET route of the indexer's API, read from its Hono route table (indexer/src/api/index.ts
// mounts each routes file's Hono app under a prefix), so a route added there is measured without
// touching the benchmark. Path parameters are filled from the indexed chain by `fillRoutes`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib/paths.mjs";

const API_DIR = join(ROOT, "indexer", "src", "api");

/**
 * "/v1/provers/:address/series"-style patterns, in the order the API mounts them.
 * @returns {string[]}
 */
export function apiRoutePatterns() {
  const index = readFileSync(join(API_DIR, "index.ts"), "utf8");
  /** @type {Map<string, string>} exported Hono app → file it is defined in */
  const fileOf = new Map();
  for (const match of index.matchAll(/import \{([^}]+)\} from "\.\/routes\/([\w-]+)"/g)) {
    for (const name of (match[1] ?? "").split(",")) fileOf.set(name.trim(), match[2] ?? "");
  }
  /** @type {string[]} */
  const patterns = [];
  for (const mount of index.matchAll(/app\.route\("([^"]+)",\s*(\w+)\)/g)) {
    const [, prefix = "", name = ""] = mount;
    const file = fileOf.get(name);
    if (!file) throw new Error(`Bench: ${name} (mounted at ${prefix}) is not imported from ./routes/ in index.ts.`);
    const source = readFileSync(join(API_DIR, "routes", `${file}.ts`), "utf8");
    // The app's chain runs from its `export const name = new Hono()` to the next export.
    const start = source.search(new RegExp(`export const ${name}\\s*=\\s*new Hono\\(\\)`));
    if (start === -1) throw new Error(`Bench: routes/${file}.ts defines no Hono app ${name}.`);
    const next = source.slice(start + 1).search(/\nexport /);
    const chain = next === -1 ? source.slice(start) : source.slice(start, start + 1 + next);
    for (const route of chain.matchAll(/^\s*(?:export const \w+\s*=\s*new Hono\(\))?\s*\.get\("([^"]+)"/gm)) {
      const path = route[1] === "/" ? "" : (route[1] ?? "");
      patterns.push(`${prefix}${path}`);
    }
  }
  if (patterns.length === 0) throw new Error("Bench: no routes found in indexer/src/api/index.ts.");
  return patterns;
}

/**
 * @typedef {object} RouteSamples values for path parameters
 * @property {string | null} prover
 * @property {string | null} staker
 * @property {string | null} epoch
 * @property {string | null} vk
 * @property {string | null} reqid
 */

/**
 * Concrete paths for the patterns; a pattern with a parameter nothing fills is returned with a
 * null path, so the report says it was not measured rather than leaving it out.
 * @param {string[]} patterns
 * @param {RouteSamples} samples
 * @returns {Array<{ route: string, path: string | null }>}
 */
export function fillRoutes(patterns, samples) {
  return patterns.map((route) => {
    let missing = false;
    const path = route.replace(/:(\w+)/g, (_, /** @type {string} */ param) => {
      const key = param === "address" ? (route.startsWith("/v1/stakers") ? "staker" : "prover") : param;
      const value = /** @type {Record<string, string | null>} */ (/** @type {unknown} */ (samples))[key];
      if (value === null || value === undefined) missing = true;
      return String(value);
    });
    return { route, path: missing ? null : path };
  });
}

/**
 * Parameter values from the API itself: the largest prover, the newest epoch, request and
 * program. The staker is the caller's (the one with the long history).
 * @param {string} baseUrl
 * @param {string | null} staker
 * @returns {Promise<RouteSamples>}
 */
export async function routeSamples(baseUrl, staker) {
  /** @param {string} path */
  const first = async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    if (!response.ok) throw new Error(`Bench: the indexer answered HTTP ${response.status} to ${path}.`);
    return (await response.json())?.items?.[0] ?? null;
  };
  const [prover, epoch, request, program] = await Promise.all([
    first("/v1/provers?sort=stake&order=desc&limit=1"),
    first("/v1/epochs?limit=1"),
    first("/v1/requests?limit=1"),
    first("/v1/programs?limit=1"),
  ]);
  return {
    prover: prover?.address ?? null,
    staker,
    epoch: epoch?.epoch === undefined ? null : String(epoch.epoch),
    vk: program?.vk ?? null,
    reqid: request?.reqid ?? request?.id ?? null,
  };
}
