// API and app latency with the chain moving: while every target is measured, a block with
// transactions arrives every second (chain-activity.mjs), so whatever the indexer or the app
// keeps per block is recomputed every second. Each target is measured for a fixed time, not a
// fixed count, so every one spans several blocks; the blocks the indexer indexed meanwhile are
// reported beside the figures.
import { apiRoutePatterns, fillRoutes, routeSamples } from "./api-routes.mjs";
import { startLiveTraffic } from "./chain-activity.mjs";
import { measureLatency } from "./http-load.mjs";
import { samplePostgres } from "./pg-sampler.mjs";

/** The indexer's largest page: a walk through 10,000 entries is 100 pages. */
const PAGE = 100;

/**
 * @typedef {object} Target
 * @property {string} name what the report calls it
 * @property {"api" | "app"} server
 * @property {string | null} path null: nothing on this chain fills its parameters
 * @property {import("./http-load.mjs").NextPath} [next]
 */

/**
 * @typedef {object} TargetResult
 * @property {string} name
 * @property {"api" | "app"} server
 * @property {import("./http-load.mjs").LatencyResult | null} latency
 * @property {number | null} blocksIndexed blocks the indexer indexed while the target was measured
 * @property {Awaited<ReturnType<Awaited<ReturnType<typeof samplePostgres>>["stop"]>> | null} database
 *   statements seen running meanwhile (Postgres only)
 */

/**
 * @typedef {object} UncachedRun
 * @property {TargetResult[]} targets
 * @property {{ blocks: number, transactions: number, failures: number, firstFailure: string | null }} traffic
 */

/** The next page of a cursor walk, or the first again after the last. @type {import("./http-load.mjs").NextPath} */
const nextPage = (first, body) => {
  const cursor = JSON.parse(body)?.nextCursor;
  return typeof cursor === "string" ? `${first}&before=${encodeURIComponent(cursor)}` : first;
};

/**
 * Every /v1 route, the busy staker's history page by page, and the app's pages that read the
 * most: the directory of every prover, the busy staker's portfolio and its CSV.
 * @param {string} indexerUrl
 * @param {string} staker
 * @returns {Promise<Target[]>}
 */
async function targets(indexerUrl, staker) {
  const samples = await routeSamples(indexerUrl, staker);
  /** @type {Target[]} */
  const list = fillRoutes(apiRoutePatterns(), samples).map(({ route, path }) => ({ name: route, server: "api", path }));
  list.push({
    name: `/v1/stakers/:address/history?limit=${PAGE}, cursor walk`,
    server: "api",
    path: `/v1/stakers/${staker}/history?limit=${PAGE}`,
    next: nextPage,
  });
  list.push({ name: "/provers", server: "app", path: "/provers" });
  list.push({ name: "/portfolio?address=<busy staker>", server: "app", path: `/portfolio?address=${staker}` });
  list.push({ name: "/portfolio/history.csv", server: "app", path: `/portfolio/history.csv?address=${staker}` });
  return list;
}

/** @param {string} indexerUrl */
async function indexedBlock(indexerUrl) {
  const status = await (await fetch(`${indexerUrl}/status`)).json();
  return /** @type {number | null} */ (Object.values(status)[0]?.block?.number ?? null);
}

/**
 * @param {object} options
 * @param {string} options.rpcUrl
 * @param {string} options.indexerUrl
 * @param {number | undefined} options.indexerPid
 * @param {string} options.appUrl
 * @param {number | undefined} options.appPid
 * @param {string} options.staker the account with the long history
 * @param {string | null} options.databaseUrl the indexer's Postgres database, sampled while measuring
 * @param {{ seconds: number, concurrency: number, warmup: number }} options.settings
 * @param {(line: string) => void} options.log
 * @returns {Promise<UncachedRun>}
 */
export async function measureUncached({
  rpcUrl,
  indexerUrl,
  indexerPid,
  appUrl,
  appPid,
  staker,
  databaseUrl,
  settings,
  log,
}) {
  const traffic = await startLiveTraffic(rpcUrl);
  // A few blocks first, so the traffic's proof requests and programs can fill route parameters.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const list = await targets(indexerUrl, staker);
  /** @type {TargetResult[]} */
  const results = [];
  try {
    for (const target of list) {
      if (target.path === null) {
        log(`${target.name}: not measured, nothing on this chain fills its parameters.`);
        results.push({ name: target.name, server: target.server, latency: null, blocksIndexed: null, database: null });
        continue;
      }
      const before = await indexedBlock(indexerUrl);
      const sampler = databaseUrl ? await samplePostgres(databaseUrl) : null;
      const latency = await measureLatency({
        baseUrl: target.server === "api" ? indexerUrl : appUrl,
        path: target.path,
        next: target.next,
        requests: Number.POSITIVE_INFINITY,
        seconds: settings.seconds,
        concurrency: settings.concurrency,
        warmup: settings.warmup,
        serverPid: target.server === "api" ? indexerPid : appPid,
      });
      const database = sampler ? await sampler.stop() : null;
      const after = await indexedBlock(indexerUrl);
      const blocksIndexed = before === null || after === null ? null : after - before;
      log(
        `${target.name}: p95 ${latency.p95} ms, ${latency.requests} requests, ${latency.errors} errors, ` +
          `${blocksIndexed} blocks indexed meanwhile${latency.firstError ? ` (${latency.firstError})` : ""}`,
      );
      results.push({ name: target.name, server: target.server, latency, blocksIndexed, database });
    }
  } catch (error) {
    await traffic.stop().catch(() => {});
    throw error;
  }
  return { targets: results, traffic: await traffic.stop() };
}
