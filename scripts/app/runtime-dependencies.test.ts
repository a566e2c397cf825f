// `npm ci --omit=dev` installs `dependencies` only: every package the production build and the
// running processes (the app's server, the indexer) load must be listed there, or a production
// install breaks at build or at start. This walks their import graph and checks each package.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../lib/paths.mjs";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Where runtime code lives: the app, the indexer, their configs and the production server. */
const RUNTIME_DIRS = ["app", "components", "lib", "indexer/src"];
const RUNTIME_FILES = [
  "next.config.ts",
  "proxy.ts",
  "instrumentation-client.ts",
  "postcss.config.mjs",
  "tailwind.config.ts",
  "indexer/ponder.config.ts",
  "indexer/ponder.schema.ts",
  "scripts/app/serve.mjs",
];
/**
 * Loaded by name rather than imported: `next build` stops without TypeScript and the React and Node
 * types (even when it skips type errors), and Ponder's CLI runs the indexer.
 */
const LOADED_BY_TOOLS = ["typescript", "@types/react", "@types/node", "ponder"];

const SOURCE = /\.(ts|tsx|mjs|js|css)$/;
const TEST = /\.test\.tsx?$|(^|\/)test-[\w-]+\.ts$/;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    // lib/testing holds the tests' own helpers.
    if (statSync(join(ROOT, path)).isDirectory()) return name === "testing" ? [] : filesUnder(path);
    return SOURCE.test(name) && !TEST.test(name) ? [path] : [];
  });
}

/** Every module a file names: imports (type-only too, `next build` type-checks), re-exports, dynamic imports, CSS imports. */
function specifiers(file: string): string[] {
  // Comments may show an import as an example.
  const text = readFileSync(join(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
  const found = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/gm),
    ...text.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ...text.matchAll(/@(?:import|plugin)\s+["']([^"']+)["']/g),
  ].map((match) => match[1] as string);
  // PostCSS names its plugins as object keys.
  if (file === "postcss.config.mjs")
    found.push(...[...text.matchAll(/["'](@?[\w./-]+)["']\s*:/g)].map((m) => m[1] as string));
  return found;
}

/** The file a relative or `@/` import points at, or null for a package. */
function localTarget(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? join(dirname(from), specifier)
      : null;
  if (base === null) return null;
  const candidates = [base, ...[".ts", ".tsx", ".mjs", ".js"].map((ext) => base + ext), join(base, "index.ts")];
  const hit = candidates.find((path) => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile());
  if (!hit) throw new Error(`${from} imports ${specifier}, which is not a file here.`);
  return hit;
}

const packageName = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");
// Ponder's virtual modules (`ponder:api`, `ponder:schema`, …) and Node's own.
const isBuiltIn = (specifier: string) =>
  /^(node|ponder):/.test(specifier) || builtinModules.includes(packageName(specifier));

/** Package name → the runtime file that first imports it, following local imports wherever they go. */
function runtimePackages(): Map<string, string> {
  const queue = [...RUNTIME_DIRS.flatMap(filesUnder), ...RUNTIME_FILES];
  const seen = new Set(queue);
  const packages = new Map<string, string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const specifier of specifiers(file)) {
      const local = localTarget(file, specifier);
      if (local !== null) {
        if (!seen.has(local)) {
          seen.add(local);
          queue.push(local);
        }
      } else if (!isBuiltIn(specifier) && !packages.has(packageName(specifier))) {
        packages.set(packageName(specifier), relative(ROOT, join(ROOT, file)));
      }
    }
  }
  return packages;
}

describe("a production install (npm ci --omit=dev)", () => {
  const packages = runtimePackages();

  it("finds the packages the runtime code imports", () => {
    // A walk that found nothing would pass the next test vacuously.
    for (const name of ["next", "react", "hono", "viem", "tailwindcss", "@tailwindcss/postcss"]) {
      expect(packages.has(name), name).toBe(true);
    }
  });

  it("has every package the runtime imports in dependencies", () => {
    const missing = [...packages].filter(([name]) => !(name in pkg.dependencies)).map(([n, f]) => `${n} (${f})`);
    expect(missing).toEqual([]);
  });

  it("has what next build and the indexer load by name in dependencies", () => {
    expect(LOADED_BY_TOOLS.filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });
});
