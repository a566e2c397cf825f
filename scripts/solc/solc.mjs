#!/usr/bin/env node
// A `solc` for forge that needs no download: answers `--version` like the native compiler
// and compiles `--standard-json` from stdin with the npm solc package (the same compiler as
// WebAssembly). foundry.toml points `solc` here and sets `offline = true`.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(join(ROOT, "package.json"));
const solc = require("solc");

/** Import paths are tried against the repository root and its node_modules, like remappings do. */
/** @param {string} path */
function findImport(path) {
  const candidates = isAbsolute(path) ? [path] : [resolve(ROOT, path), resolve(ROOT, "node_modules", path)];
  for (const candidate of candidates) {
    if (existsSync(candidate)) return { contents: readFileSync(candidate, "utf8") };
  }
  return { error: `File not found: ${path} (looked in the repository and node_modules)` };
}

function readStdin() {
  return readFileSync(0, "utf8");
}

const args = process.argv.slice(2);
if (args.includes("--version")) {
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
} else if (args.includes("--standard-json")) {
  // forge also passes --allow-paths, --base-path and --include-path; sources arrive inline
  // in the JSON and imports resolve through findImport, so those flags need no handling.
  process.stdout.write(solc.compile(readStdin(), { import: findImport }));
} else {
  process.stderr.write("usage: solc.mjs --version | --standard-json < input.json\n");
  process.exit(1);
}
