// Lighthouse's performance and accessibility categories for pages, in the Chromium the e2e
// tests drive. Playwright starts the browser (with the e2e flags: no background dialling on a
// closed network) and Lighthouse attaches to it over the DevTools port.
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

/** @typedef {"light" | "dark"} ColorScheme */

/**
 * @typedef {object} FailingAudit
 * @property {string} id Lighthouse's audit id, e.g. "color-contrast"
 * @property {string} title
 * @property {number} count how many elements fail it
 * @property {Array<{ selector: string, explanation: string | null }>} elements
 */

/**
 * @typedef {object} AccessibilityResult
 * @property {string} route
 * @property {ColorScheme} scheme the page's `prefers-color-scheme`
 * @property {number} score 0–100
 * @property {FailingAudit[]} failing
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
 * Runs `use` against a fresh browser Lighthouse can attach to on `port`.
 * @template T
 * @param {string[]} extraArgs
 * @param {(port: number, browser: import("@playwright/test").Browser) => Promise<T>} use
 * @returns {Promise<T>}
 */
async function withBrowser(extraArgs, use) {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: await resolveChromiumPath(),
    args: [...chromiumArgs(), ...extraArgs, `--remote-debugging-port=${port}`],
  });
  try {
    return await use(port, browser);
  } finally {
    await browser.close();
  }
}

/**
 * One Lighthouse run of one category (default mobile settings, simulated throttling).
 * @param {{ baseUrl: string, route: string, port: number, category: "performance" | "accessibility" }} options
 */
async function runLighthouse({ baseUrl, route, port, category }) {
  const lighthouse = await loadLighthouse();
  const result = await lighthouse(new URL(route, baseUrl).href, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [category],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${route}.`);
  const { lhr } = result;
  return {
    lhr,
    score: Math.round((lhr.categories[category]?.score ?? 0) * 100),
    warnings: [...lhr.runWarnings, ...(lhr.runtimeError ? [lhr.runtimeError.message] : [])],
  };
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
 * Runs Lighthouse's performance category `runs` times per route and keeps the run with the
 * median score, so one hiccup of a busy machine does not decide.
 * @param {{ baseUrl: string, routes: string[], runs: number, log: (line: string) => void }} options
 * @returns {Promise<LighthouseResult[]>}
 */
export async function measureLighthouse({ baseUrl, routes, runs, log }) {
  return withBrowser([], async (port) => {
    /** @type {LighthouseResult[]} */
    const results = [];
    for (const route of routes) {
      /** @type {LighthouseResult[]} */
      const attempts = [];
      for (let run = 1; run <= runs; run++) {
        const { lhr, score, warnings } = await runLighthouse({ baseUrl, route, port, category: "performance" });
        const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? Number.NaN;
        const attempt = {
          route,
          score,
          fcpMs: numeric("first-contentful-paint"),
          lcpMs: numeric("largest-contentful-paint"),
          tbtMs: numeric("total-blocking-time"),
          cls: numeric("cumulative-layout-shift"),
          lcpElement: lcpSnippet(lhr.audits["largest-contentful-paint-element"]),
          warnings,
        };
        log(`lighthouse ${route} run ${run}/${runs}: ${attempt.score}`);
        attempts.push(attempt);
      }
      const byScore = attempts.sort((a, b) => a.score - b.score);
      results.push(/** @type {LighthouseResult} */ (byScore[Math.floor(byScore.length / 2)]));
    }
    return results;
  });
}

/**
 * Blink's `preferredColorScheme` setting per scheme. Headless Chromium ignores
 * `--force-dark-mode`, and Lighthouse opens its own tab, out of reach of Playwright's
 * per-context emulation; a launch flag is what reaches it. The flag replaces Playwright's
 * headless blink settings (hover and pointer types), so both schemes pass it alike.
 * @type {Record<ColorScheme, number>}
 */
const PREFERRED_COLOR_SCHEME = { dark: 0, light: 1 };

/**
 * Refuses to measure when the browser does not report the scheme it was launched with, so
 * no "dark" figure is a light page's.
 * @param {import("@playwright/test").Browser} browser
 * @param {ColorScheme} scheme
 */
async function confirmScheme(browser, scheme) {
  // `colorScheme: null`: Playwright leaves the browser's own preference as it is.
  const context = await browser.newContext({ colorScheme: null });
  try {
    const page = await context.newPage();
    const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
    if (dark !== (scheme === "dark"))
      throw new Error(`Chromium did not take prefers-color-scheme: ${scheme} from --blink-settings.`);
  } finally {
    await context.close();
  }
}

/**
 * Each audit of the accessibility category that fails, with the elements it names.
 * @param {any} lhr
 * @returns {FailingAudit[]}
 */
function failingAudits(lhr) {
  return (lhr.categories.accessibility?.auditRefs ?? [])
    .map((/** @type {{ id: string }} */ ref) => lhr.audits[ref.id])
    .filter((/** @type {any} */ audit) => typeof audit?.score === "number" && audit.score < 1)
    .map((/** @type {any} */ audit) => {
      /** @type {any[]} */
      const items = audit.details?.items ?? [];
      return {
        id: audit.id,
        title: audit.title,
        count: Math.max(items.length, 1),
        elements: items.map((item) => ({
          selector: item.node?.selector ?? item.node?.snippet ?? "(no element)",
          // axe's "Fix any of the following:" heading and line breaks say nothing in a report line.
          explanation:
            typeof item.node?.explanation === "string"
              ? item.node.explanation
                  .replace(/Fix (?:any|all) of the following:/g, "")
                  .replace(/\s+/g, " ")
                  .trim()
              : null,
        })),
      };
    });
}

/**
 * Lighthouse's accessibility category for each route in light and in dark: one run each, as
 * its audits (axe) judge the rendered page, not timings.
 * @param {{ baseUrl: string, routes: string[], log: (line: string) => void }} options
 * @returns {Promise<AccessibilityResult[]>}
 */
export async function measureAccessibility({ baseUrl, routes, log }) {
  /** @type {AccessibilityResult[]} */
  const results = [];
  for (const scheme of /** @type {ColorScheme[]} */ (["light", "dark"])) {
    const flag = `--blink-settings=preferredColorScheme=${PREFERRED_COLOR_SCHEME[scheme]}`;
    await withBrowser([flag], async (port, browser) => {
      await confirmScheme(browser, scheme);
      for (const route of routes) {
        const { lhr, score, warnings } = await runLighthouse({ baseUrl, route, port, category: "accessibility" });
        log(`accessibility ${route} ${scheme}: ${score}`);
        results.push({ route, scheme, score, failing: failingAudits(lhr), warnings });
      }
    });
  }
  return results;
}
