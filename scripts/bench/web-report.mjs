// The web benchmark's figures as a table for a person. Targets are shown beside the figures
// for comparison only: a benchmark reports, it never fails on a number.

import { renderTable } from "./report.mjs";

/** The goals of issue #7 (none of them is asserted). */
export const WEB_TARGETS = Object.freeze({
  readRouteGzipKb: 150,
  walletRouteGzipKb: 300,
  lighthouseScore: 95,
});

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const ms = (/** @type {number} */ value) => (Number.isFinite(value) ? String(Math.round(value)) : "–");

/**
 * @param {import("./web-first-load.mjs").FirstLoad[]} firstLoad
 * @param {(route: string) => "read" | "wallet"} kindOf
 */
export function formatFirstLoad(firstLoad, kindOf) {
  return renderTable([
    ["First-load JS", "HTTP", "scripts", "raw kB", "gzip kB", "target"],
    ...firstLoad.map((row) => [
      row.route,
      String(row.status),
      String(row.scripts),
      kb(row.rawBytes),
      kb(row.gzipBytes),
      `≤ ${kindOf(row.route) === "read" ? WEB_TARGETS.readRouteGzipKb : WEB_TARGETS.walletRouteGzipKb} kB gz`,
    ]),
  ]);
}

/** @param {import("./web-lighthouse.mjs").LighthouseResult[]} results */
export function formatLighthouse(results) {
  return renderTable([
    ["Lighthouse (mobile, simulated)", "score", "FCP ms", "LCP ms", "TBT ms", "CLS", "target"],
    ...results.map((row) => [
      row.route,
      String(row.score),
      ms(row.fcpMs),
      ms(row.lcpMs),
      ms(row.tbtMs),
      Number.isFinite(row.cls) ? row.cls.toFixed(3) : "–",
      `score ≥ ${WEB_TARGETS.lighthouseScore}`,
    ]),
  ]);
}
