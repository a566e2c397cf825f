// The web benchmark's figures as a table for a person. Targets are shown beside the figures
// for comparison only: a benchmark reports, it never fails on a number.

import { renderTable } from "./report.mjs";

/** The goals of issues #7, #15 and #17 (none of them is asserted). */
export const WEB_TARGETS = Object.freeze({
  readRouteGzipKb: 150,
  walletRouteGzipKb: 300,
  lighthouseScore: 95,
  accessibilityScore: 100,
  /** Issue #17: no main-thread task of a big list over 50 ms. */
  longestTaskMs: 50,
});

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const ms = (/** @type {number} */ value) => (Number.isFinite(value) ? String(Math.round(value)) : "–");

/** @param {import("./web-first-load.mjs").FirstLoad[]} firstLoad */
export function formatFirstLoad(firstLoad) {
  return renderTable([
    ["First-load JS", "HTTP", "scripts", "raw kB", "gzip kB", "target"],
    ...firstLoad.map((row) => [
      row.route,
      String(row.status),
      String(row.scripts),
      kb(row.rawBytes),
      kb(row.gzipBytes),
      `≤ ${row.kind === "read" ? WEB_TARGETS.readRouteGzipKb : WEB_TARGETS.walletRouteGzipKb} kB gz`,
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

/** @param {import("./web-lighthouse.mjs").AccessibilityResult[]} results */
export function formatAccessibility(results) {
  const routes = [...new Set(results.map((row) => row.route))];
  const score = (/** @type {string} */ route, /** @type {string} */ scheme) =>
    String(results.find((row) => row.route === route && row.scheme === scheme)?.score ?? "–");
  return renderTable([
    ["Lighthouse accessibility", "light", "dark", "target"],
    ...routes.map((route) => [
      route,
      score(route, "light"),
      score(route, "dark"),
      `score = ${WEB_TARGETS.accessibilityScore}`,
    ]),
  ]);
}

/**
 * The audits behind each score below 100, with the elements they name.
 * @param {import("./web-lighthouse.mjs").AccessibilityResult[]} results
 */
export function formatFailingAudits(results) {
  const lines = results.flatMap((row) =>
    row.failing.flatMap((audit) => [
      `${row.route} (${row.scheme}): ${audit.id} ×${audit.count} (${audit.title})`,
      ...audit.elements.map(
        (element) => `    ${element.selector}${element.explanation ? ` — ${element.explanation}` : ""}`,
      ),
    ]),
  );
  return lines.length === 0 ? "No accessibility audit fails." : `Failing accessibility audits:\n${lines.join("\n")}`;
}

/** @param {import("./web-long-tasks.mjs").LongTaskResult[]} results */
export function formatLongTasks(results) {
  return renderTable([
    ["Longest main-thread task", "step", "rows", "longest ms", "made of", "tasks > 50 ms", "blocking ms", "target"],
    ...results.map((row) => [
      row.route,
      row.step,
      String(row.rows),
      ms(row.longestMs),
      row.longestIn,
      String(row.over50),
      ms(row.totalBlockingMs),
      `≤ ${WEB_TARGETS.longestTaskMs} ms`,
    ]),
  ]);
}
