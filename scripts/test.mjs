#!/usr/bin/env node
// `npm test`: every check, in order, failing fast: lint, types, generated ABIs, contracts,
// unit tests, indexer tests on both databases, production build, end-to-end tests on a
// forked chain. Ends with a breakdown of the time each step took and one line counting the
// tests that ran.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { nextBin } from "./app/build.mjs";
import { foundryBin } from "./devnet/foundry.mjs";
import { runMain, UserError } from "./lib/fail.mjs";
import { ROOT } from "./lib/paths.mjs";

/**
 * @typedef {object} Step
 * @property {string} name
 * @property {string} command
 * @property {string[]} args
 * @property {Record<string, string>} [env]
 * @property {(output: string) => { passed: number, failed: number } | null} [count] reads the runner's test counts
 */

const bin = (/** @type {string} */ name) => join(ROOT, "node_modules", ".bin", name);
const node = process.execPath;

/** @param {string} output @param {RegExp} passed @param {RegExp} failed */
function counts(output, passed, failed) {
  const p = output.match(passed);
  if (!p) return null;
  const f = output.match(failed);
  return { passed: Number(p[1]), failed: f ? Number(f[1]) : 0 };
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
    args: ["test"],
    env: { FOUNDRY_PROFILE: "ci" },
    count: (out) => counts(out, /(\d+) tests passed/, /(\d+) failed/),
  },
  {
    name: "unit tests (vitest)",
    command: bin("vitest"),
    args: ["run"],
    count: (out) => counts(out, /Tests\s+(?:\d+ failed \| )?(\d+) passed/, /Tests\s+(\d+) failed/),
  },
  {
    // Indexes the seeded devnet on PGlite and on a throwaway Postgres (a few minutes).
    name: "indexer tests (PGlite + Postgres)",
    command: bin("vitest"),
    args: ["run", "--config", "indexer/vitest.config.ts"],
    count: (out) => counts(out, /Tests\s+(?:\d+ failed \| )?(\d+) passed/, /Tests\s+(\d+) failed/),
  },
  { name: "production build (next build)", command: node, args: [nextBin(), "build"] },
  {
    name: "end-to-end (playwright)",
    command: bin("playwright"),
    args: ["test"],
    count: (out) => counts(out, /(\d+) passed/, /(\d+) failed/),
  },
];

/**
 * Runs one step with its output streamed to the terminal and kept for counting.
 * @param {Step} step
 * @returns {Promise<{ code: number | null, output: string }>}
 */
function runStep(step) {
  return new Promise((resolve, reject) => {
    const child = spawn(step.command, step.args, {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PONDER_TELEMETRY_DISABLED: "true", ...step.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters.
const stripAnsi = (/** @type {string} */ text) => text.replace(/\u001b\[[0-9;]*m/g, "");

runMain(async () => {
  if (!existsSync(join(ROOT, "node_modules"))) {
    throw new UserError("Dependencies are not installed: run `npm ci` first.");
  }
  const startedAt = Date.now();
  /** @type {{ name: string, seconds: number }[]} */
  const timings = [];
  let passed = 0;
  let failed = 0;
  for (const step of STEPS) {
    console.log(`\n▶ ${step.name}`);
    const stepStart = Date.now();
    const { code, output } = await runStep(step);
    const seconds = (Date.now() - stepStart) / 1000;
    timings.push({ name: step.name, seconds });
    const tally = step.count?.(stripAnsi(output));
    if (tally) {
      passed += tally.passed;
      failed += tally.failed;
    }
    if (code !== 0) {
      console.error(`\n✖ ${step.name} failed (exit ${code}) after ${seconds.toFixed(1)} s; later steps did not run.`);
      console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
      process.exit(1);
    }
    if (step.count && !tally) {
      throw new UserError(`${step.name} finished without reporting any test: a run that tests nothing is a failure.`);
    }
  }
  console.log("\nTime per step:");
  for (const { name, seconds } of timings) console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${name}`);
  console.log(`  ${((Date.now() - startedAt) / 1000).toFixed(1).padStart(7)} s  total`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
});
