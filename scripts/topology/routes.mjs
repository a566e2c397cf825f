// What the load generator asks for: every /v1 route of the indexer API, ids filled from the
// seeded devnet, and every read page of the app (the web benchmark's list).
import { benchRoutes } from "../bench/web-routes.mjs";
import { DEV } from "../seed/actors.mjs";

/**
 * @param {string} indexerUrl
 * @param {string} path
 */
async function firstItem(indexerUrl, path) {
  const response = await fetch(`${indexerUrl}${path}`, {
    headers: { authorization: `Bearer ${process.env.INDEXER_API_KEY}` },
  });
  if (!response.ok) throw new Error(`The indexer answered HTTP ${response.status} to ${path}.`);
  return (await response.json())?.items?.[0];
}

/**
 * @param {string} indexerUrl
 * @returns {Promise<string[]>}
 */
export async function apiPaths(indexerUrl) {
  const prover = (await firstItem(indexerUrl, "/v1/provers?sort=stake&order=desc&limit=1"))?.address;
  const reqid = (await firstItem(indexerUrl, "/v1/requests?limit=1"))?.reqid;
  const epoch = (await firstItem(indexerUrl, "/v1/epochs?limit=1"))?.epoch;
  const vk = (await firstItem(indexerUrl, "/v1/programs?limit=1"))?.vk;
  if (!prover || !reqid || epoch === undefined || !vk)
    throw new Error("The seeded devnet lacks a prover, request, epoch or program: run `npm run reset`.");
  return [
    "/v1/network",
    "/v1/network/decentralization",
    "/v1/network/yields",
    "/v1/provers",
    `/v1/provers/${prover}`,
    `/v1/provers/${prover}/series?window=30d`,
    `/v1/provers/${prover}/fees`,
    `/v1/provers/${prover}/events`,
    `/v1/stakers/${DEV}`,
    `/v1/stakers/${DEV}/history`,
    `/v1/stakers/${DEV}/events`,
    "/v1/requests",
    `/v1/requests/${reqid}`,
    "/v1/programs",
    `/v1/programs/${vk}/auctions`,
    "/v1/epochs",
    `/v1/epochs/${epoch}`,
    "/v1/market",
    "/v1/commission-changes",
  ];
}

/**
 * @param {string} indexerUrl
 * @returns {Promise<string[]>}
 */
export async function pagePaths(indexerUrl) {
  return (await benchRoutes(indexerUrl)).filter((route) => route.kind === "read").map((route) => route.route);
}
