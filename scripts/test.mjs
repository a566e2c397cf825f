#!/usr/bin/env node
// `npm test`: every check, in order, failing fast: lint, types, generated ABIs, our ABI
// against the deployed one, contracts, their gas against .gas-snapshot, unit tests, indexer
// tests on both databases, production build, end-to-end tests on a forked chain. Ends with the
// time and the passed/failed/skipped counts of each step and one closing line
// "tests: N passed, N failed, N skipped". A skipped test fails the run, except in the e2e
// step of an E2E_FORK_URL run against another chain, where specs that need our indexer skip.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { nextBin } from "./app/build.mjs";
import { foundryBin } from "./devnet/foundry.mjs";
import { GAS_TESTS } from "./gas/snapshot.mjs";
import { runEchoed } from "./lib/children.mjs";
import { runMain, UserError } from "./lib/fail.mjs";
import { ROOT } from "./lib/paths.mjs";

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Tally
 * @typedef {object} Step
 * @property {string} name
 * @property {string} command
 * @property {string[]} args
 * @property {Record<string, string>} [env]
 * @property {(output: string) => Tally | null} [count] reads the runner's test counts
 * @property {boolean} [skipsExpected] skipped tests are expected in this run, not a failure
 */

const bin = (/** @type {string} */ name) => join(ROOT, "node_modules", ".bin", name);
const node = process.execPath;
/** A fork of another chain: our indexer does not run there, so the specs that need it skip. */
const FOREIGN_FORK = Boolean(process.env.E2E_FORK_URL?.trim());

/**
 * forge's closing line: "Ran 12 test suites in …: 250 tests passed, 0 failed, 0 skipped (250 total tests)".
 * @param {string} output
 * @returns {Tally | null}
 */
function forgeCounts(output) {
  const line = output.match(/Ran \d+ test suites? in .*?: (\d+) tests? passed, (\d+) failed, (\d+) skipped/);
  return line && { passed: Number(line[1]), failed: Number(line[2]), skipped: Number(line[3]) };
}

/**
 * Vitest's summary line: "Tests  1 failed | 40 passed | 2 skipped | 1 todo (44)"; a todo did not run either.
 * @param {string} output
 * @returns {Tally | null}
 */
function vitestCounts(output) {
  // The last such line: a test's own output comes before the summary.
  const line = [...output.matchAll(/^\s*Tests\s+(.+)$/gm)].at(-1)?.[1];
  if (!line) return null;
  const n = (/** @type {string} */ label) => Number(line.match(new RegExp(`(\\d+) ${label}`))?.[1] ?? 0);
  return { passed: n("passed"), failed: n("failed"), skipped: n("skipped") + n("todo") };
}

/**
 * Playwright's list-reporter summary, one count a line ("  40 passed (2.1m)", "  1 skipped",
 * "  2 did not run"); a flaky test passed on a retry, an interrupted one did not finish.
 * @param {string} output
 * @returns {Tally | null}
 */
function playwrightCounts(output) {
  /** @type {Record<string, number>} */
  const by = {};
  for (const [, count, label = ""] of output.matchAll(
    /^\s+(\d+) (passed|failed|flaky|skipped|did not run|interrupted)\b/gm,
  )) {
    by[label] = Number(count);
  }
  if (Object.keys(by).length === 0) return null;
  const n = (/** @type {string} */ label) => by[label] ?? 0;
  return {
    passed: n("passed") + n("flaky"),
    failed: n("failed") + n("interrupted"),
    skipped: n("skipped") + n("did not run"),
  };
}

/** @type {Step[]} */
const STEPS = [
  { name: "lint (biome)", command: bin("biome"), args: ["ci", "."] },
  { name: "typecheck (tsc)", command: bin("tsc"), args: ["--noEmit", "-p", "tsconfig.json"] },
  { name: "contracts build (forge)", command: foundryBin("forge"), args: ["build"] },
  { name: "generated ABIs are fresh", command: node, args: ["scripts/abi/check-generated.mjs"] },
  {
    name: "ABI matches the ProverNet reference",
    command: node,
    args: ["scripts/abi/check-reference.mjs"],
  },
  {
    name: "contracts tests (forge)",
    command: foundryBin("forge"),
    // The gas tests run once, in the gas step.
    args: ["test", "--no-match-path", GAS_TESTS],
    env: { FOUNDRY_PROFILE: "ci" },
    count: forgeCounts,
  },
  {
    name: "contracts gas within .gas-snapshot (forge snapshot --check)",
    command: node,
    args: ["scripts/gas/snapshot.mjs", "--check"],
    count: forgeCounts,
  },
  { name: "unit tests (vitest)", command: bin("vitest"), args: ["run"], count: vitestCounts },
  {
    // Indexes the seeded devnet on PGlite and on a throwaway Postgres (a few minutes).
    name: "indexer tests (PGlite + Postgres)",
    command: bin("vitest"),
    args: ["run", "--config", "indexer/vitest.config.ts"],
    count: vitestCounts,
  },
  // The typecheck step above covered everything the build would check again.
  {
    name: "production build (next build)",
    command: node,
    args: [nextBin(), "build"],
    env: { TYPES_CHECKED_BY_TSC: "1" },
  },
  {
    name: "end-to-end (playwright)",
    command: bin("playwright"),
    args: ["test"],
    count: playwrightCounts,
    skipsExpected: FOREIGN_FORK,
  },
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters.
const stripAnsi = (/** @type {string} */ text) => text.replace(/\u001b\[[0-9;]*m/g, "");

/** @param {Tally} tally */
const tallyLine = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

runMain(async () => {
  if (!existsSync(join(ROOT, "node_modules"))) {
    throw new UserError("Dependencies are not installed: run `npm ci` first.");
  }
  const startedAt = Date.now();
  /** @type {{ name: string, seconds: number, tally?: Tally }[]} */
  const results = [];
  /** @type {Tally} */
  const total = { passed: 0, failed: 0, skipped: 0 };
  const report = () => {
    console.log("\nTime and tests per step:");
    for (const { name, seconds, tally } of results) {
      console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${name}${tally ? `: ${tallyLine(tally)}` : ""}`);
    }
    console.log(`  ${((Date.now() - startedAt) / 1000).toFixed(1).padStart(7)} s  total`);
  };
  /** @param {string} why */
  const stop = (why) => {
    report();
    console.error(`\n✖ ${why}`);
    console.log(`tests: ${tallyLine({ ...total, failed: Math.max(total.failed, 1) })}`);
    process.exit(1);
  };
  for (const step of STEPS) {
    console.log(`\n▶ ${step.name}`);
    const stepStart = Date.now();
    const { code, output } = await runEchoed(step.command, step.args, {
      cwd: ROOT,
      env: { NEXT_TELEMETRY_DISABLED: "1", PONDER_TELEMETRY_DISABLED: "true", ...step.env },
    });
    const seconds = (Date.now() - stepStart) / 1000;
    const tally = step.count?.(stripAnsi(output)) ?? undefined;
    results.push({ name: step.name, seconds, tally });
    if (tally) {
      total.passed += tally.passed;
      total.failed += tally.failed;
      total.skipped += tally.skipped;
    }
    if (code !== 0) stop(`${step.name} failed (exit ${code}) after ${seconds.toFixed(1)} s; later steps did not run.`);
    if (step.count && !tally) {
      stop(`${step.name} finished without reporting any test: a run that tests nothing is a failure.`);
    }
    if (tally && tally.skipped > 0 && !step.skipsExpected) {
      stop(
        `${step.name} skipped ${tally.skipped} test(s): on the devnet every test must run, so a skip is a failure. Only an E2E_FORK_URL run against another chain may skip the specs that need our indexer.`,
      );
    }
  }
  report();
  if (FOREIGN_FORK && total.skipped > 0) {
    console.log(
      `The ${total.skipped} skipped are expected: E2E_FORK_URL forks another chain, where our indexer does not run, so the specs that need it skip.`,
    );
  }
  console.log(`tests: ${tallyLine(total)}`);
});
