// The figures as tables for a person and as JSON for a machine. Targets are shown next to the
// figures for comparison only: a benchmark reports, it never fails on a timing.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** The goals the figures are read against (issue #17; none of them is asserted). */
export const TARGETS = Object.freeze({
  backfillEventsPerSecond: 5000,
  apiP95Ms: { postgres: 50, pglite: 100 },
  /** Server render of /provers with the synthetic chain's 1,000 provers. */
  proversPageP95Ms: 200,
});

/**
 * @typedef {object} RunResult
 * @property {"seeded" | "synthetic"} chain
 * @property {"pglite" | "postgres"} database
 * @property {import("./event-count.mjs").EventCount} events
 * @property {import("./backfill.mjs").BackfillResult & { eventsPerSecond: number, handledEventsPerSecond: number }} backfill
 * @property {import("./uncached-load.mjs").UncachedRun} uncached
 * @property {{ backfill: number, latency: number }} loadAverage one-minute load when each phase began
 */

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
/** @param {number | null | undefined} value */
const fmt = (value) => (value === null || value === undefined || Number.isNaN(value) ? "–" : number.format(value));
/** @param {boolean} met */
const mark = (met) => (met ? "met" : "MISSED");

/** Rows of backfill figures: a label, how to read the figure from a run, and the target it is read against. */
function rows() {
  /** @type {Array<[string, (run: RunResult) => string, string]>} */
  const lines = [
    [
      "Load average (1 min): backfill / API",
      (r) => `${fmt(r.loadAverage.backfill)} / ${fmt(r.loadAverage.latency)}`,
      "",
    ],
    ["Events the indexer fetches (logs)", (r) => fmt(r.events.logs), ""],
    ["  controller, vaults, market, epochs", (r) => fmt(r.events.coreLogs), ""],
    ["  other contracts' handled events", (r) => fmt(r.events.logs - r.events.coreLogs), ""],
    ["  with a handler", (r) => fmt(r.events.handledLogs), ""],
    ["Blocks (each a ChainClock event)", (r) => fmt(r.events.blocks), ""],
    ["Backfill: start → head indexed (s)", (r) => fmt(r.backfill.seconds), ""],
    ["Backfill: events/s", (r) => fmt(Math.round(r.backfill.eventsPerSecond)), `≥ ${TARGETS.backfillEventsPerSecond}`],
    ["  counting core contracts' logs only", (r) => fmt(Math.round(r.events.coreLogs / r.backfill.seconds)), ""],
    ["  waiting on JSON-RPC data (s)", (r) => fmt(r.backfill.profile.waitingOnRpcSeconds), ""],
    ["  indexing: handlers + flush (s)", (r) => fmt(r.backfill.profile.indexingSeconds), ""],
    ["    of which handlers (s)", (r) => fmt(r.backfill.profile.handlerSeconds), ""],
    ["    of which flushing rows (s)", (r) => fmt(r.backfill.profile.flushSeconds), ""],
    [
      "  other: boot, last blocks live (s)",
      (r) =>
        fmt(
          r.backfill.seconds -
            (r.backfill.profile.waitingOnRpcSeconds ?? 0) -
            (r.backfill.profile.indexingSeconds ?? 0),
        ),
      "",
    ],
    [
      "  row lookups missing Ponder's cache",
      (r) => fmt(Object.values(r.backfill.profile.cacheMisses).reduce((sum, m) => sum + m.count, 0)),
      "",
    ],
    [
      "    time in those lookups (s)",
      (r) => fmt(Object.values(r.backfill.profile.cacheMisses).reduce((sum, m) => sum + m.seconds, 0)),
      "",
    ],
    [
      "  JSON-RPC requests",
      (r) => fmt(Object.values(r.backfill.profile.rpcRequests).reduce((sum, m) => sum + m.count, 0)),
      "",
    ],
    ["Blocks mined while measuring", (r) => fmt(r.uncached.traffic.blocks), ""],
    ["  transactions in them", (r) => fmt(r.uncached.traffic.transactions), ""],
    ["  blocks that failed", (r) => fmt(r.uncached.traffic.failures), ""],
  ];
  return lines;
}

/**
 * The p95 goal a target is read against on a database, or null.
 * @param {import("./uncached-load.mjs").TargetResult} target
 * @param {RunResult["database"]} database
 */
function goalOf(target, database) {
  if (target.server === "api") return TARGETS.apiP95Ms[database];
  return target.name === "/provers" ? TARGETS.proversPageP95Ms : null;
}

/**
 * One run's latency per target, with the goal each is read against and whether it was met.
 * @param {RunResult} run
 * @returns {string}
 */
export function formatLatency(run) {
  const header = ["", "p50", "p95", "p99", "req/s", "errors", "blocks", "CPU ms/req", "p95 goal"];
  const body = run.uncached.targets.map((target) => {
    const l = target.latency;
    const goal = goalOf(target, run.database);
    const verdict = goal === null || !l ? "" : `≤ ${goal} ms ${mark(l.p95 <= goal && l.errors === 0)}`;
    return [
      `${target.server === "api" ? "GET" : "app"} ${target.name}`,
      fmt(l?.p50),
      fmt(l?.p95),
      fmt(l?.p99),
      fmt(l?.requestsPerSecond),
      fmt(l?.errors),
      fmt(target.blocksIndexed),
      fmt(l?.serverCpuMsPerRequest),
      l ? verdict : "not measured",
    ];
  });
  return renderTable([header, ...body]);
}

/**
 * For each API target over its goal on Postgres: the statement the database was busiest with.
 * @param {RunResult} run
 * @returns {string[]}
 */
export function slowStatements(run) {
  return run.uncached.targets.flatMap((target) => {
    const goal = goalOf(target, run.database);
    const top = target.database?.top[0];
    if (!target.latency || goal === null || target.latency.p95 <= goal || !top) return [];
    const busy = /** @type {NonNullable<typeof target.database>} */ (target.database);
    return [
      `${target.name}: database busy in ${Math.round((100 * busy.busySamples) / Math.max(1, busy.samples))}% of samples; ` +
        `${Math.round(top.share * 100)}% of those running: ${top.query.slice(0, 300)}`,
    ];
  });
}

/**
 * The issue's goals, each marked met or missed, over all runs.
 * @param {RunResult[]} runs
 * @returns {string[]}
 */
export function goalLines(runs) {
  /** @type {string[]} */
  const lines = [];
  for (const run of runs) {
    const name = `${run.chain} · ${run.database}`;
    if (run.chain === "synthetic" && run.database === "postgres") {
      const rate = Math.round(run.backfill.eventsPerSecond);
      lines.push(
        `${name}: backfill ${rate} events/s, goal ≥ ${TARGETS.backfillEventsPerSecond}: ${mark(rate >= TARGETS.backfillEventsPerSecond)}`,
      );
    }
    const api = run.uncached.targets.filter((t) => t.server === "api");
    const goal = TARGETS.apiP95Ms[run.database];
    const missed = api.filter((t) => !t.latency || t.latency.p95 > goal || t.latency.errors > 0);
    lines.push(
      `${name}: ${api.length - missed.length} of ${api.length} /v1 targets at p95 ≤ ${goal} ms: ${mark(missed.length === 0)}` +
        (missed.length > 0
          ? ` (missed: ${missed.map((t) => `${t.name} ${t.latency ? `${fmt(t.latency.p95)} ms` : "not measured"}`).join("; ")})`
          : ""),
    );
    const page = run.uncached.targets.find((t) => t.name === "/provers")?.latency;
    if (run.chain === "synthetic" && page) {
      lines.push(
        `${name}: /provers render p95 ${fmt(page.p95)} ms, goal ≤ ${TARGETS.proversPageP95Ms}: ${mark(page.p95 <= TARGETS.proversPageP95Ms && page.errors === 0)}`,
      );
    }
  }
  return lines;
}

/**
 * @param {RunResult[]} runs
 * @returns {string}
 */
export function formatTable(runs) {
  const headers = ["", ...runs.map((r) => `${r.chain} · ${r.database === "pglite" ? "PGlite" : "Postgres"}`), "target"];
  const body = rows().map(([label, cell, target]) => [label, ...runs.map(cell), target]);
  return renderTable([headers, ...body]);
}

/**
 * A plain-text table: the first row is the header, the first and last columns (labels, targets)
 * align left, the figures between align right.
 * @param {string[][]} table
 * @returns {string}
 */
export function renderTable(table) {
  const widths = (table[0] ?? []).map((_, col) => Math.max(...table.map((row) => (row[col] ?? "").length)));
  return table
    .map((row, i) => {
      const line = row
        .map((cell, col) =>
          col === 0 || col === row.length - 1 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0),
        )
        .join("   ")
        .trimEnd();
      return i === 0 ? `${line}\n${"─".repeat(line.length)}` : line;
    })
    .join("\n");
}

/**
 * @param {string} file
 * @param {unknown} report
 */
export function writeReport(file, report) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
