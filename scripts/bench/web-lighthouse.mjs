// Lighthouse's performance category for a page, in the Chromium the e2e tests drive. Playwright
// starts the browser (with the e2e flags: no background dialling on a closed network) and
// Lighthouse attaches to it over the DevTools port.
import { chromium } from "@playwright/test";
import { chromiumArgs, resolveChromiumPath } from "../lib/chromium.mjs";
import { UserError } from "../lib/fail.mjs";
import { freePort } from "../lib/ports.mjs";

/**
 * @typedef {object} LighthouseResult
 * @property {string} route
 * @property {number} score 0–100
 * @property {number} fcpMs
 * @property {number} lcpMs
 * @property {number} tbtMs
 * @property {number} cls
 * @property {string | null} lcpElement the largest contentful paint's element, as HTML
 * @property {string[]} warnings what Lighthouse said went wrong while measuring
 */

async function loadLighthouse() {
  try {
    return (await import("lighthouse")).default;
  } catch {
    throw new UserError("Lighthouse is not installed: run `npm ci` (it is a devDependency).");
  }
}

/**
 * The element Lighthouse names as the largest paint (its audit's first table holds the node).
 * @param {any} audit
 * @returns {string | null}
 */
function lcpSnippet(audit) {
  const table = audit?.details?.items?.[0];
  return table?.items?.[0]?.node?.snippet ?? null;
}

/**
 * Runs Lighthouse `runs` times per route (default mobile settings, simulated throttling) and
 * keeps the run with the median score, so one hiccup of a busy machine does not decide.
 * @param {{ baseUrl: string, routes: string[], runs: number, log: (line: string) => void }} options
 * @returns {Promise<LighthouseResult[]>}
 */
export async function measureLighthouse({ baseUrl, routes, runs, log }) {
  const lighthouse = await loadLighthouse();
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: await resolveChromiumPath(),
    args: [...chromiumArgs(), `--remote-debugging-port=${port}`],
  });
  try {
    /** @type {LighthouseResult[]} */
    const results = [];
    for (const route of routes) {
      /** @type {LighthouseResult[]} */
      const attempts = [];
      for (let run = 1; run <= runs; run++) {
        const result = await lighthouse(new URL(route, baseUrl).href, {
          port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${route}.`);
        const { lhr } = result;
        const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? Number.NaN;
        const attempt = {
          route,
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          fcpMs: numeric("first-contentful-paint"),
          lcpMs: numeric("largest-contentful-paint"),
          tbtMs: numeric("total-blocking-time"),
          cls: numeric("cumulative-layout-shift"),
          lcpElement: lcpSnippet(lhr.audits["largest-contentful-paint-element"]),
          warnings: [...lhr.runWarnings, ...(lhr.runtimeError ? [lhr.runtimeError.message] : [])],
        };
        log(`lighthouse ${route} run ${run}/${runs}: ${attempt.score}`);
        attempts.push(attempt);
      }
      const byScore = attempts.sort((a, b) => a.score - b.score);
      results.push(/** @type {LighthouseResult} */ (byScore[Math.floor(byScore.length / 2)]));
    }
    return results;
  } finally {
    await browser.close();
  }
}
