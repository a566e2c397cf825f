// The routes the web benchmark measures, in one place: every page of the production build (its
// route manifest, so a new page is measured without anyone remembering to list it), dynamic
// segments filled with real ids from the seeded devnet's indexer, plus the watch-only views a
// query string turns a wallet page into.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../lib/fail.mjs";
import { ROOT } from "../lib/paths.mjs";
import { DEV } from "../seed/actors.mjs";

/**
 * @typedef {object} BenchRoute
 * @property {string} route path and query, as a visitor opens it
 * @property {"read" | "wallet"} kind a wallet page does its main job for a connected account
 */

/** Pages whose main job needs a connected wallet; they load its code, hence a larger JS budget. */
const WALLET_PAGES = new Set(["/portfolio", "/prover", "/prover/join", "/prover/bid-settings"]);

/** @param {string} indexerUrl @param {string} path */
async function firstItem(indexerUrl, path) {
  const response = await fetch(`${indexerUrl}${path}`);
  if (!response.ok) throw new Error(`The indexer answered HTTP ${response.status} to ${path}.`);
  return (await response.json())?.items?.[0];
}

/**
 * Which seeded value fills each dynamic segment of a page's path, by the segment's name.
 * @type {Record<string, (indexerUrl: string) => Promise<string>>}
 */
const SEGMENT_VALUES = {
  /** The largest prover: the fullest prover page. */
  address: async (indexerUrl) => {
    const address = (await firstItem(indexerUrl, "/v1/provers?sort=stake&order=desc&limit=1"))?.address;
    if (typeof address !== "string") throw new UserError("The seeded devnet has no prover: run `npm run reset`.");
    return address;
  },
  /** The newest request. */
  reqid: async (indexerUrl) => {
    const reqid = (await firstItem(indexerUrl, "/v1/requests?limit=1"))?.reqid;
    if (typeof reqid !== "string") throw new UserError("The seeded devnet has no request: run `npm run reset`.");
    return reqid;
  },
};

/**
 * Wallet pages that show any address read-only with `?address=`, and whose address they show:
 * the largest prover's console, and the seeded dev account's portfolio (the seed makes it a
 * staker of several vaults with unstakes pending and ready).
 * @type {Record<string, (segment: (name: string) => Promise<string>, indexerUrl: string) => Promise<string>>}
 */
const WATCH_ONLY = {
  "/prover": (segment) => segment("address"),
  "/portfolio": async (_segment, indexerUrl) => {
    const response = await fetch(`${indexerUrl}/v1/stakers/${DEV}`);
    const positions = response.ok ? (await response.json())?.positions : undefined;
    if (!Array.isArray(positions) || positions.length === 0)
      throw new UserError(`The seeded dev account ${DEV} holds no stake: run \`npm run reset\`.`);
    return DEV;
  },
};

/** Page paths of the build, e.g. "/provers/[address]"; Next's own error pages (`/_…`) left out. */
function builtPages() {
  const file = join(ROOT, ".next", "app-path-routes-manifest.json");
  /** @type {Record<string, string>} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UserError(`Cannot read the build's route manifest ${file} (${error}): run \`npm run build\`.`);
  }
  return Object.entries(manifest)
    .filter(([entry, path]) => entry.endsWith("/page") && !path.startsWith("/_"))
    .map(([, path]) => path)
    .sort();
}

/** A dynamic segment of a page path: `[name]`, `[...name]` or `[[...name]]`. */
const SEGMENT = /\[{1,2}(?:\.{3})?(\w+)\]{1,2}/g;

/**
 * Every page of the build with its segments filled, each wallet page that can watch an
 * address followed by its watch-only view.
 * @param {string} indexerUrl
 * @returns {Promise<BenchRoute[]>}
 */
export async function benchRoutes(indexerUrl) {
  /** @type {Map<string, string>} */
  const values = new Map();
  /** @param {string} name */
  const segment = async (name) => {
    const known = values.get(name);
    if (known !== undefined) return known;
    const fill = SEGMENT_VALUES[name];
    if (!fill)
      throw new UserError(
        `The build has a page segment [${name}] the web bench cannot fill: add a seeded value for it to SEGMENT_VALUES in scripts/bench/web-routes.mjs.`,
      );
    const value = await fill(indexerUrl);
    values.set(name, value);
    return value;
  };
  /** @type {BenchRoute[]} */
  const routes = [];
  for (const page of builtPages()) {
    for (const [, name = ""] of page.matchAll(SEGMENT)) await segment(name);
    const route = page.replace(SEGMENT, (_, /** @type {string} */ name) => values.get(name) ?? "");
    routes.push({ route, kind: WALLET_PAGES.has(page) ? "wallet" : "read" });
    const watched = WATCH_ONLY[page];
    if (watched) routes.push({ route: `${page}?address=${await watched(segment, indexerUrl)}`, kind: "read" });
  }
  return routes;
}
