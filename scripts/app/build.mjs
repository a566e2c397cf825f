import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { run } from "../lib/children.mjs";
import { UserError } from "../lib/fail.mjs";
import { fingerprint } from "../lib/fingerprint.mjs";
import { ROOT } from "../lib/paths.mjs";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const STAMP = join(ROOT, ".next", "source-fingerprint");
/** The production server (`npm run serve`) every script and test runs the build with. */
export const SERVE_SCRIPT = join(ROOT, "scripts", "app", "serve.mjs");

/** Absolute path of the Next.js CLI, or a plain error when dependencies are missing. */
export function nextBin() {
  try {
    return createRequire(join(ROOT, "package.json")).resolve("next/dist/bin/next");
  } catch {
    throw new UserError("Next.js is not installed: run `npm ci` in the repository root.");
  }
}

/**
 * Builds the production app unless the last build was made from the same sources, so a
 * second `npm start` serves at once.
 * @param {{ log: (line: string) => void }} options
 */
export async function ensureBuild({ log }) {
  const current = fingerprint(ROOT, SOURCES);
  const built =
    existsSync(join(ROOT, ".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === current;
  if (built) {
    log("App build is up to date.");
    return false;
  }
  log("Building the app (next build, about a minute on 2 cores)…");
  try {
    await run(process.execPath, [nextBin(), "build"], { cwd: ROOT, env: { NEXT_TELEMETRY_DISABLED: "1" } });
  } catch (error) {
    throw new UserError(`The app did not build:\n${error instanceof Error ? error.message : error}`);
  }
  writeFileSync(STAMP, current);
  return true;
}
