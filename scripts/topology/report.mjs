// The topology test's verdict and figures: the invariants it checks, the load by phase and
// pool, the row comparison; as tables for a person and as JSON in .data/bench/topology.json.
import { join } from "node:path";
import { renderTable, writeReport } from "../bench/report.mjs";
import { DATA_DIR } from "../lib/paths.mjs";
import { summarise } from "./load.mjs";

const REPORT_FILE = join(DATA_DIR, "bench", "topology.json");

/** The phase whose requests must all succeed: the redeploy and the switch of the views. */
const SWITCH_PHASE = "redeploy";

/**
 * @typedef {object} Checks
 * @property {{ replicaBlocksAtKill: (number | null)[], replicaBlocksAfter: (number | null)[] }} [writerDown]
 * @property {{ caughtUpToBlock: number, seconds: number }} [writerRestart]
 * @property {{ transactions: number, reverted: number, sendErrors: number, firstSendError: string | null, head: number }} [chain]
 * @property {{ buildIds: string[], tables: import("./rows.mjs").TableComparison[] }} [rows]
 * @property {import("./balancer.mjs").BalancerStats} [balancer]
 */

/**
 * @param {{ tallies: Map<string, import("./load.mjs").Tally>, checks: Checks }} input
 */
export function judge({ tallies, checks }) {
  const byPhase = [...tallies].map(([key, tally]) => {
    const [phase = "", pool = ""] = key.split("|");
    return { phase, pool, ...summarise([tally]) };
  });
  const total = summarise([...tallies.values()]);
  const switchPhase = summarise([...tallies].filter(([key]) => key.startsWith(`${SWITCH_PHASE}|`)).map(([, t]) => t));
  const { writerDown, writerRestart, chain, rows, balancer } = checks;
  const rowsCompared = {
    resumed: rows ? rows.tables.reduce((sum, table) => sum + table.rows, 0) : 0,
    fresh: rows ? rows.tables.reduce((sum, table) => sum + table.otherRows, 0) : 0,
  };
  const mismatched = rows ? rows.tables.filter((table) => !table.equal).map((table) => table.table) : [];
  const invariants = [
    {
      name: "no failed request at an instance that was up",
      passed: total.survivorErrors === 0,
      detail: `${total.survivorErrors} (${JSON.stringify(total.errorsByKind.survivors)})`,
    },
    {
      name: "no app read failed at a replica that was up (balancer)",
      passed: balancer !== undefined && Object.keys(balancer.survivorErrors).length === 0,
      detail: balancer
        ? `${balancer.requests} forwarded, ${balancer.failovers} fail-overs, errors at replicas up ${JSON.stringify(balancer.survivorErrors)}, at killed ones ${JSON.stringify(balancer.killedErrors)}`
        : "not run",
    },
    {
      name: "replicas kept serving the last indexed state while the writer was down",
      passed:
        writerDown?.replicaBlocksAtKill.every((block) => block !== null) === true &&
        JSON.stringify(writerDown.replicaBlocksAtKill) === JSON.stringify(writerDown.replicaBlocksAfter),
      detail: writerDown
        ? `indexed block at the kill ${writerDown.replicaBlocksAtKill.join(", ")}; after ${writerDown.replicaBlocksAfter.join(", ")}`
        : "not run",
    },
    {
      name: "replicas caught up after the writer restarted",
      passed: writerRestart !== undefined,
      detail: writerRestart ? `block ${writerRestart.caughtUpToBlock} in ${writerRestart.seconds} s` : "not run",
    },
    {
      name: "0 failed requests across the redeploy and switch",
      passed: switchPhase.sent > 0 && switchPhase.survivorErrors + switchPhase.killedErrors === 0,
      detail: `${switchPhase.sent} sent, ${switchPhase.survivorErrors + switchPhase.killedErrors} failed`,
    },
    {
      name: "the redeploy was a changed version (another build id)",
      passed: rows !== undefined && rows.buildIds[0] !== rows.buildIds[1],
      detail: rows ? rows.buildIds.join(" → ") : "not run",
    },
    {
      name: "every row of the resumed writer equals a fresh index of the same head",
      passed: rows !== undefined && rows.tables.length > 0 && mismatched.length === 0,
      detail: rows
        ? `${rows.tables.length} tables, ${rowsCompared.resumed} rows in v1 (resumed), ${rowsCompared.fresh} in v2 (fresh); differing: ${mismatched.join(", ") || "none"}`
        : "not run",
    },
    {
      name: "the chain produced a block and a transaction every second throughout",
      passed: chain !== undefined && chain.transactions > 0 && chain.reverted === 0 && chain.sendErrors === 0,
      detail: chain
        ? `${chain.transactions} transactions to block ${chain.head}, ${chain.reverted} reverted, ${chain.sendErrors} not sent${chain.firstSendError ? ` (${chain.firstSendError})` : ""}`
        : "not run",
    },
  ];
  return { load: { total, byPhase }, rowsCompared, checks, invariants };
}

/** @param {number} value */
const fmt = (value) => (Number.isNaN(value) ? "–" : String(value));

/**
 * @param {{ phases: { name: string, seconds: number }[] } & ReturnType<typeof judge>} report
 */
export function formatReport(report) {
  const seconds = new Map(report.phases.map((phase) => [phase.name, phase.seconds]));
  const kinds = (/** @type {ReturnType<typeof summarise>} */ row) =>
    [
      ...Object.entries(row.errorsByKind.survivors).map(([kind, n]) => `${n}× ${kind} (up)`),
      ...Object.entries(row.errorsByKind.killed).map(([kind, n]) => `${n}× ${kind} (killed)`),
    ].join(", ");
  const load = renderTable([
    [
      "phase",
      "s",
      "pool",
      "sent",
      "ok",
      "fail-overs",
      "errors up",
      "errors killed",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "error kinds",
    ],
    ...report.load.byPhase.map((row) => [
      row.phase,
      fmt(seconds.get(row.phase) ?? Number.NaN),
      row.pool,
      fmt(row.sent),
      fmt(row.ok),
      fmt(row.failovers),
      fmt(row.survivorErrors),
      fmt(row.killedErrors),
      fmt(row.p50),
      fmt(row.p95),
      fmt(row.p99),
      kinds(row),
    ]),
    [
      "all",
      "",
      "",
      fmt(report.load.total.sent),
      fmt(report.load.total.ok),
      fmt(report.load.total.failovers),
      fmt(report.load.total.survivorErrors),
      fmt(report.load.total.killedErrors),
      fmt(report.load.total.p50),
      fmt(report.load.total.p95),
      fmt(report.load.total.p99),
      kinds(report.load.total),
    ],
  ]);
  const phases = renderTable([
    ["phase", "seconds"],
    ...report.phases.map((phase) => [phase.name, String(phase.seconds)]),
  ]);
  const verdict = report.invariants
    .map((invariant) => `${invariant.passed ? "✔" : "✖"} ${invariant.name}: ${invariant.detail}`)
    .join("\n");
  return `${phases}\n\n${load}\n\n${verdict}`;
}

/** @param {unknown} report */
export function writeTopologyReport(report) {
  writeReport(REPORT_FILE, report);
  return REPORT_FILE;
}
