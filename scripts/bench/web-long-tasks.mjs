// The longest main-thread task a page costs the browser, from Chromium's own trace: every
// `RunTask` of the renderer's main thread while the page loads and hydrates, then while a
// visitor goes to the next page of its list. The Long Tasks API only names tasks over 50 ms;
// the trace times every task, so a page under the goal still shows how far under it is.
import { chromium } from "@playwright/test";
import { chromiumArgs, resolveChromiumPath } from "../lib/chromium.mjs";

/**
 * @typedef {object} LongTaskResult
 * @property {string} route
 * @property {"load" | "next page"} step what the visitor did
 * @property {number} longestMs the longest task, median over the runs
 * @property {string} longestIn what that run's longest task is made of: its largest top-level trace events, with times
 * @property {number} over50 tasks over 50 ms, median over the runs
 * @property {number} totalBlockingMs the time past 50 ms of every task, summed (as TBT counts it), median
 * @property {number} rows rows the page's list showed
 */

/** A big list page and the link that pages it (absent: the list has one page). */
export const LIST_PAGES = Object.freeze([
  { route: "/provers", rows: "table tbody tr", next: 'nav[aria-label="Pages"] a:text-is("Next")' },
  // The largest page the directory serves (the indexer's page limit).
  { route: "/provers?size=100", rows: "table tbody tr", next: 'nav[aria-label="Pages"] a:text-is("Next")' },
  { route: "/market", rows: "table tbody tr", next: '[data-testid="request-next"]' },
]);

const TRACE_CATEGORIES = ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"];
/** What Chromium calls one task of a thread's loop, old and new names (as Lighthouse reads them). */
const TASK_EVENTS = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);
/** What a task may take before it delays a visitor's input noticeably (RAIL). */
const LONG_TASK_MS = 50;

/** @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, args?: { name?: string } }} TraceEvent */

/** What the longest task's breakdown names: its largest parts, at least this long. */
const PART_MIN_MS = 2;
const PARTS_SHOWN = 3;

/**
 * A trace event as a part of a task: its name and time, the chunk a script came from, and how
 * many objects a layout laid out (the figures that say what a long task is made of).
 * @param {TraceEvent & { args?: { data?: { url?: string }, beginData?: { dirtyObjects?: number } } }} event
 */
function describePart(event) {
  const ms = ((event.dur ?? 0) / 1000).toFixed(0);
  const script = event.args?.data?.url?.split("/").at(-1);
  const objects = event.args?.beginData?.dirtyObjects;
  const detail = script ? ` ${script}` : objects !== undefined ? ` (${objects} objects)` : "";
  return `${event.name}${detail} ${ms} ms`;
}

/**
 * The renderer main threads' tasks (durations in ms) and what the longest one is made of: its
 * largest top-level parts (e.g. "EvaluateScript 3tw8….js 123 ms; Layout (93 objects) 63 ms").
 * @param {Buffer} trace
 */
function readTasks(trace) {
  /** @type {{ traceEvents: TraceEvent[] }} */
  const { traceEvents } = JSON.parse(trace.toString("utf8"));
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.ph === "M" && event.name === "thread_name" && event.args?.name === "CrRendererMain")
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = traceEvents.filter((event) => event.ph === "X" && mainThreads.has(`${event.pid}:${event.tid}`));
  const tasks = onMain.filter((event) => TASK_EVENTS.has(event.name));
  const longest = tasks.reduce((top, task) => ((task.dur ?? 0) > (top?.dur ?? -1) ? task : top), tasks[0]);
  /** @param {TraceEvent} outer @param {TraceEvent} event */
  const within = (outer, event) =>
    event !== outer &&
    event.pid === outer.pid &&
    event.tid === outer.tid &&
    event.ts >= outer.ts &&
    event.ts + (event.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  const inner = longest ? onMain.filter((event) => !TASK_EVENTS.has(event.name) && within(longest, event)) : [];
  // Top-level parts only: a script's microtasks sit inside its EvaluateScript and would count twice.
  const parts = inner
    .filter((event) => !inner.some((outer) => within(outer, event)))
    .filter((event) => (event.dur ?? 0) / 1000 >= PART_MIN_MS)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, PARTS_SHOWN);
  return {
    durations: tasks.map((event) => (event.dur ?? 0) / 1000),
    longestIn: parts.length > 0 ? parts.map(describePart).join("; ") : "–",
  };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Traces `act` on `page` until the page has been quiet for a moment.
 * @param {import("@playwright/test").Browser} browser
 * @param {import("@playwright/test").Page} page
 * @param {() => Promise<void>} act
 */
async function traceTasks(browser, page, act) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await act();
  await page.waitForLoadState("networkidle");
  // Hydration and effects run after the last response; a second of quiet covers them.
  await page.waitForTimeout(1000);
  const { durations, longestIn } = readTasks(await browser.stopTracing());
  return {
    longestMs: Math.max(0, ...durations),
    longestIn,
    over50: durations.filter((ms) => ms > LONG_TASK_MS).length,
    totalBlockingMs: durations.reduce((sum, ms) => sum + Math.max(0, ms - LONG_TASK_MS), 0),
  };
}

/**
 * Loads each list page on a fresh page (cold cache) `runs` times, then follows its next-page link.
 * @param {{ baseUrl: string, runs: number, log: (line: string) => void }} options
 * @returns {Promise<LongTaskResult[]>}
 */
export async function measureLongTasks({ baseUrl, runs, log }) {
  const browser = await chromium.launch({ executablePath: await resolveChromiumPath(), args: chromiumArgs() });
  try {
    /** @type {LongTaskResult[]} */
    const results = [];
    for (const { route, rows, next } of LIST_PAGES) {
      /** @type {Record<LongTaskResult["step"], Array<{ longestMs: number, longestIn: string, over50: number, totalBlockingMs: number, rows: number }>>} */
      const samples = { load: [], "next page": [] };
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const load = await traceTasks(browser, page, async () => {
          await page.goto(new URL(route, baseUrl).href, { waitUntil: "load" });
        });
        samples.load.push({ ...load, rows: await page.locator(rows).count() });
        const link = page.locator(next).first();
        if ((await link.count()) > 0) {
          const paged = await traceTasks(browser, page, async () => {
            const url = page.url();
            await link.click();
            await page.waitForURL((next) => next.href !== url);
          });
          samples["next page"].push({ ...paged, rows: await page.locator(rows).count() });
        }
        await context.close();
      }
      for (const [step, list] of Object.entries(samples)) {
        if (list.length === 0) continue;
        const longestMs = median(list.map((sample) => sample.longestMs));
        const result = {
          route,
          step: /** @type {LongTaskResult["step"]} */ (step),
          longestMs,
          longestIn: list.find((sample) => sample.longestMs === longestMs)?.longestIn ?? "–",
          over50: median(list.map((sample) => sample.over50)),
          totalBlockingMs: median(list.map((sample) => sample.totalBlockingMs)),
          rows: median(list.map((sample) => sample.rows)),
        };
        log(`${route} ${step}: longest task ${longestMs.toFixed(0)} ms (in ${result.longestIn}), ${result.rows} rows`);
        results.push(result);
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}
