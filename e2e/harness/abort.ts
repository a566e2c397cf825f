// When a part every test shares is wedged (the fork, the app or the indexer), the run stops
// there: the test that found it fails with one sentence saying why, and every later test is
// reported as not run with that sentence instead of timing out on the same wedge. A file,
// because Playwright starts a new worker process after a failed test.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { RESULTS_DIR } from "./run-env";

const ABORT_FILE = join(RESULTS_DIR, "e2e-aborted.txt");

export class HarnessWedged extends Error {
  override name = "HarnessWedged";
}

/** Records why the run cannot go on and throws that sentence. */
export function abortRun(reason: string): never {
  mkdirSync(dirname(ABORT_FILE), { recursive: true });
  writeFileSync(ABORT_FILE, `${reason}\n`);
  throw new HarnessWedged(reason);
}

/** Why the run was aborted, or null while it goes on. */
export function abortReason(): string | null {
  return existsSync(ABORT_FILE) ? readFileSync(ABORT_FILE, "utf8").trim() : null;
}

/** Global setup starts every run un-aborted. */
export function clearAbort(): void {
  rmSync(ABORT_FILE, { force: true });
}

/** An error in words: a failed fetch names its cause (ECONNREFUSED, a timeout). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code || cause?.message ? `${error.message}: ${cause.code ?? cause.message}` : error.message;
}
