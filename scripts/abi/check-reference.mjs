#!/usr/bin/env node
// Fails when our contracts' interface differs from the deployed ProverNet contracts'. Each
// entry of the reference (contracts/reference/, human-readable ABI under `## Contract`
// headers) must be in that contract's forge artifact with the same name, parameter and
// return types, `indexed` flags and read/write kind: the app, the indexer and an operator's
// tools then work unchanged on Base. Parameter and struct names are not part of the check.
// Usage (after `forge build`): node scripts/abi/check-reference.mjs [reference-file]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseAbi } from "viem";
import { runMain, UserError } from "../lib/fail.mjs";
import { ROOT } from "../lib/paths.mjs";

/** The reference `npm test` holds the contracts to. */
const REFERENCE = join(ROOT, "contracts", "reference", "provernet-abi-full.txt");
const OUT_DIR = join(ROOT, "contracts", "out");
const SOURCE_DIR = "contracts/src/";

/**
 * @typedef {import("viem").AbiParameter & { indexed?: boolean, components?: readonly import("viem").AbiParameter[] }} Param
 * @typedef {{ type: string, name?: string, inputs?: readonly Param[], outputs?: readonly Param[], stateMutability?: string }} Entry
 */

/**
 * The reference's lines by contract, in file order ("## ProverVault (one per prover)" → ProverVault).
 * @param {string} file
 * @returns {Map<string, string[]>}
 */
function readSections(file) {
  /** @type {Map<string, string[]>} */
  const sections = new Map();
  /** @type {string[] | undefined} */
  let current;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line.startsWith("## ")) {
      const [contract = ""] = line.slice(3).split(/\s+/);
      current = [];
      sections.set(contract, current);
    } else if (line !== "" && !line.startsWith("#")) {
      if (!current) throw new UserError(`${relative(ROOT, file)}: "${line}" comes before any "## Contract" header.`);
      current.push(line);
    }
  }
  return sections;
}

/**
 * A type with tuples spelled out, so struct names do not matter.
 * @param {Param} param
 * @returns {string}
 */
function typeOf(param) {
  if (!param.type.startsWith("tuple")) return param.type;
  return `(${(param.components ?? []).map(typeOf).join(",")})${param.type.slice("tuple".length)}`;
}

/**
 * What must agree for an entry to match, as one comparable string.
 * @param {Entry} entry
 */
function signature(entry) {
  const inputs = (entry.inputs ?? []).map((p) => `${typeOf(p)}${p.indexed ? " indexed" : ""}`).join(",");
  if (entry.type !== "function") return `${entry.type} ${entry.name}(${inputs})`;
  const kind = entry.stateMutability === "view" || entry.stateMutability === "pure" ? "read" : "write";
  return `function ${entry.name}(${inputs}) ${kind} returns (${(entry.outputs ?? []).map(typeOf).join(",")})`;
}

const CHECKED = new Set(["function", "event", "error"]);

/**
 * The ABI of the contract of this name compiled from contracts/src (forge writes
 * out/<File>.sol/<Contract>.json; tests and libraries may reuse a name, so the source decides).
 * @param {string} contract
 * @returns {Entry[] | null}
 */
function ourAbi(contract) {
  for (const dir of readdirSync(OUT_DIR)) {
    const file = join(OUT_DIR, dir, `${contract}.json`);
    if (!existsSync(file)) continue;
    const artifact = JSON.parse(readFileSync(file, "utf8"));
    const [source] = Object.keys(artifact.metadata?.settings?.compilationTarget ?? {});
    if (source?.startsWith(SOURCE_DIR)) return artifact.abi;
  }
  return null;
}

runMain(async () => {
  const reference = process.argv[2] ? resolve(process.argv[2]) : REFERENCE;
  if (!existsSync(reference)) throw new UserError(`No reference file at ${reference}.`);
  if (!existsSync(OUT_DIR)) throw new UserError("No forge artifacts in contracts/out: run `npx forge build` first.");

  console.log(`Reference: ${relative(ROOT, reference)}`);
  let total = 0;
  let matched = 0;
  /** @type {string[]} */
  const problems = [];
  for (const [contract, lines] of readSections(reference)) {
    const wanted = /** @type {readonly Entry[]} */ (parseAbi(lines)).filter((entry) => CHECKED.has(entry.type));
    const abi = ourAbi(contract);
    total += wanted.length;
    if (!abi) {
      console.log(`${contract}: 0/${wanted.length} (no ${contract} compiled from ${SOURCE_DIR})`);
      continue;
    }
    const ours = new Set(abi.map(signature));
    let contractMatched = 0;
    for (const entry of wanted) {
      const expected = signature(entry);
      if (ours.has(expected)) {
        contractMatched++;
        continue;
      }
      // Same kind and name but another shape says more than "missing".
      const namesakes = abi.filter((item) => item.type === entry.type && item.name === entry.name);
      problems.push(
        namesakes.length === 0
          ? `${contract}: missing ${expected}`
          : `${contract}: differs: the reference has ${expected}; ours has ${namesakes.map(signature).join(" | ")}`,
      );
    }
    matched += contractMatched;
    console.log(`${contract}: ${contractMatched}/${wanted.length}`);
  }
  for (const problem of problems) console.log(problem);
  if (matched !== total) {
    console.log(
      "Our contracts must match the deployed interface: change contracts/src until every entry above matches.",
    );
    process.exitCode = 1;
  }
  console.log(`ABI reference: ${matched}/${total} entries match`);
});
