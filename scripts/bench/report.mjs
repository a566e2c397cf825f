// The figures as a table for a person and as JSON for a machine. Targets are shown next to the
// figures for comparison only: a benchmark reports, it never fails on a timing.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** The goals the figures are read against (none of them is asserted). */
export const TARGETS = Object.freeze({
  backfillEventsPerSecond: 2000,
  apiP95Ms: { postgres: 50, pglite: 100 },
});

/**
 * @typedef {object} RunResult
 * @property {"seeded" | "synthetic"} chain
 * @property {"pglite" | "postgres"} database
 * @property {import("./event-count.mjs").EventCount} events
 * @property {import("./backfill.mjs").BackfillResult & { eventsPerSecond: number, handledEventsPerSecond: number }} backfill
 * @property {string | null} topProver
 * @property {RunLatency} latency
 * @property {{ backfill: number, latency: number }} loadAverage one-minute load when each phase began
 */

/** @typedef {import("./http-load.mjs").LatencyResult} LatencyResult */
/**
 * @typedef {object} RunLatency
 * @property {LatencyResult | null} provers at the configured concurrency
 * @property {LatencyResult | null} series
 * @property {{ provers: LatencyResult | null, series: LatencyResult | null }} singleClient the same requests one at a time
 */

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
/** @param {number | null | undefined} value */
const fmt = (value) => (value === null || value === undefined || Number.isNaN(value) ? "–" : number.format(value));

/** Rows of figures: a label, how to read the figure from a run, and the target it is read against. */
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
      "  JSON-RPC requests",
      (r) => fmt(Object.values(r.backfill.profile.rpcRequests).reduce((sum, m) => sum + m.count, 0)),
      "",
    ],
  ];
  for (const [key, label] of /** @type {const} */ ([
    ["provers", "GET /v1/provers"],
    ["series", "GET /v1/provers/<top>/series?window=30d"],
  ])) {
    lines.push([`${label} (ms)`, () => "", ""]);
    for (const p of /** @type {const} */ (["p50", "p95", "p99"])) {
      lines.push([
        `  ${p}`,
        (r) => fmt(r.latency[key]?.[p]),
        p === "p95" ? `≤ ${TARGETS.apiP95Ms.postgres} PG, ≤ ${TARGETS.apiP95Ms.pglite} PGlite` : "",
      ]);
    }
    lines.push([
      "  requests/s, errors",
      (r) => `${fmt(r.latency[key]?.requestsPerSecond)}, ${fmt(r.latency[key]?.errors)}`,
      "",
    ]);
    lines.push(["  indexer CPU per request (ms)", (r) => fmt(r.latency[key]?.serverCpuMsPerRequest), ""]);
    lines.push(["  p50 with 1 client", (r) => fmt(r.latency.singleClient[key]?.p50), ""]);
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
