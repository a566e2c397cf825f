import { join } from "node:path";
import { ROOT } from "../../../scripts/lib/paths.mjs";

/** Beside the e2e logs, which the repository already ignores. */
export const LOG_DIR = join(ROOT, "test-results", "logs");

export const logFile = (name: string) => join(LOG_DIR, `indexer-test-${name}.log`);
