// The contract ABIs, read from lib/contracts/generated.ts (generated from the forge artifacts),
// the project's single source of ABIs. Node 20 cannot import TypeScript, so the file is
// transpiled in memory (it holds only `export const …Abi = [...] as const`) and imported from
// a data: URL; the JSDoc type keeps the generated literal types for the type checker.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { ROOT } from "../lib/paths.mjs";

/** @typedef {typeof import("../../lib/contracts/generated")} GeneratedAbis */

/** @returns {Promise<GeneratedAbis>} */
export async function loadAbis() {
  const source = readFileSync(join(ROOT, "lib", "contracts", "generated.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`;
  return /** @type {GeneratedAbis} */ (await import(url));
}
