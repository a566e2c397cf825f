import { fileURLToPath } from "node:url";

/** The repository root, whatever directory a script is started from. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Everything the local demo keeps between runs; `npm run reset` deletes it. */
export const DATA_DIR = fileURLToPath(new URL("../../.data/", import.meta.url));
