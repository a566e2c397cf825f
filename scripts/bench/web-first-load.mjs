// First-load JavaScript of a route: the module scripts its server-rendered HTML references,
// each fetched once and gzipped, as a browser on a cold cache would download them. Lazy
// chunks (the wallet islands, the charts) are not in the HTML, so they do not count.
import { gzipSync } from "node:zlib";

/**
 * @typedef {object} FirstLoad
 * @property {string} route
 * @property {"read" | "wallet"} kind
 * @property {number} status HTTP status of the page
 * @property {number} scripts
 * @property {number} rawBytes
 * @property {number} gzipBytes
 */

/** @param {string} html */
function scriptSources(html) {
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1] ?? "")
    // Modern browsers skip `nomodule` polyfills.
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => attributes.match(/\bsrc="([^"]+)"/)?.[1])
    .filter((src) => src !== undefined);
  return [...new Set(sources.map((src) => src.replaceAll("&amp;", "&")))];
}

/**
 * @param {string} baseUrl
 * @param {import("./web-routes.mjs").BenchRoute[]} routes
 * @returns {Promise<FirstLoad[]>}
 */
export async function measureFirstLoad(baseUrl, routes) {
  /** @type {Map<string, { raw: number, gzip: number }>} */
  const sizes = new Map();
  /** @param {string} url */
  const sizeOf = async (url) => {
    const known = sizes.get(url);
    if (known) return known;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    const size = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    sizes.set(url, size);
    return size;
  };
  /** @type {FirstLoad[]} */
  const results = [];
  for (const { route, kind } of routes) {
    const response = await fetch(new URL(route, baseUrl));
    const sources = scriptSources(await response.text());
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const src of sources) {
      const size = await sizeOf(new URL(src, baseUrl).href);
      rawBytes += size.raw;
      gzipBytes += size.gzip;
    }
    results.push({ route, kind, status: response.status, scripts: sources.length, rawBytes, gzipBytes });
  }
  return results;
}
