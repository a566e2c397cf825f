#!/usr/bin/env node
// The gas of the contract writes, held to the committed .gas-snapshot. The gas tests
// (contracts/test/gas/, one measured call per test) are its only source.
//   node scripts/gas/snapshot.mjs --check   what `npm test` runs: any test whose gas moved more
//                                           than the tolerance, either way, fails with old and new
//   npm run gas:snapshot                    rewrites .gas-snapshot after an intended change
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { foundryBin } from "../devnet/foundry.mjs";
import { runEchoed } from "../lib/children.mjs";
import { runMain, UserError } from "../lib/fail.mjs";
import { ROOT } from "../lib/paths.mjs";

/** Where the gas tests live; `npm test` leaves them out of its plain `forge test` run. */
export const GAS_TESTS = "contracts/test/gas/*";
const SNAPSHOT = ".gas-snapshot";
// Wide enough for noise-free drift such as a compiler's reordering, narrow enough that an
// added storage write or external call in any measured function fails.
const TOLERANCE_PERCENT = 1;
const UPDATE = "If the change is intended, run `npm run gas:snapshot` and commit .gas-snapshot.";

/** @param {string} gas */
const thousands = (gas) => Number(gas).toLocaleString("en-US");

/**
 * One sentence per test whose gas left the tolerance or that has no entry yet, read off
 * forge's `--check` report.
 * @param {string} output
 */
function gasProblems(output) {
  /** @type {string[]} */
  const problems = [];
  for (const [, test, now = "0", before = "1"] of output.matchAll(
    /Diff in "([^"]+)": consumed "\(gas: (\d+)\)" gas, expected "\(gas: (\d+)\)" gas/g,
  )) {
    const change = ((Number(now) - Number(before)) / Number(before)) * 100;
    problems.push(
      `${test} now uses ${thousands(now)} gas where ${SNAPSHOT} says ${thousands(before)} (${change > 0 ? "+" : ""}${change.toFixed(1)} %; the tolerance is ${TOLERANCE_PERCENT} %).`,
    );
  }
  for (const [, test] of output.matchAll(/No matching snapshot entry found for "([^"]+)"/g)) {
    problems.push(`${test} has no entry in ${SNAPSHOT}.`);
  }
  return problems;
}

/**
 * Entries of the committed snapshot that no gas test produced in this run (renamed or removed
 * tests), which forge's check passes over in silence.
 * @param {string} output
 */
function staleEntries(output) {
  /** @type {Set<string>} */
  const ran = new Set();
  let suite = "";
  for (const line of output.split("\n")) {
    const header = line.match(/^Ran \d+ tests? for [^:]+:(\w+)$/);
    if (header) suite = header[1] ?? "";
    const result = line.match(/^\[PASS\] (\S+\(.*?\)) \(gas: \d+\)$/);
    if (result) ran.add(`${suite}:${result[1]}`);
  }
  return readFileSync(join(ROOT, SNAPSHOT), "utf8")
    .split("\n")
    .map((line) => line.replace(/ \(gas: \d+\)$/, ""))
    .filter((entry) => entry !== "" && !ran.has(entry));
}

async function main() {
  const check = process.argv.includes("--check");
  const forge = foundryBin("forge");
  const args = check
    ? ["snapshot", "--check", SNAPSHOT, "--tolerance", String(TOLERANCE_PERCENT), "--match-path", GAS_TESTS]
    : ["snapshot", "--snap", SNAPSHOT, "--match-path", GAS_TESTS];
  const { code, output } = await runEchoed(forge, args, { cwd: ROOT });
  if (!check) {
    if (code !== 0) throw new UserError(`forge snapshot failed (exit ${code}, see above): ${SNAPSHOT} is unchanged.`);
    console.log(`${SNAPSHOT} rewritten from ${GAS_TESTS}: review the diff and commit it.`);
    return;
  }
  const problems = gasProblems(output);
  if (problems.length > 0) throw new UserError(`${problems.join(" ")} ${UPDATE}`);
  if (code !== 0) throw new UserError(`forge snapshot --check failed (exit ${code}, see above).`);
  const stale = staleEntries(output);
  if (stale.length > 0) {
    throw new UserError(`${SNAPSHOT} lists ${stale.join(", ")}, which no gas test measures any more. ${UPDATE}`);
  }
  console.log(`Gas of every test in ${GAS_TESTS} is within ${TOLERANCE_PERCENT} % of ${SNAPSHOT}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) runMain(main);
