// Which Chromium the e2e tests and the web benchmark drive, and with which flags. Playwright
// cannot download its own browsers here, so we use the headless shell packed inside npm
// `@sparticuz/chromium` (unpacked to /tmp on first use), or a system Chromium named by CHROMIUM_PATH.
import { accessSync, constants } from "node:fs";
import { UserError } from "./fail.mjs";

/** Where the resolved path is handed to forked processes (Playwright's workers inherit env). */
const RESOLVED_VAR = "E2E_CHROMIUM_EXECUTABLE";

/**
 * @param {string} path
 * @param {string} origin how the path was found, e.g. "CHROMIUM_PATH"
 */
function assertExecutable(path, origin) {
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    throw new UserError(
      `${origin} (${path}) is not an executable Chromium: set CHROMIUM_PATH to one (e.g. /usr/lib/chromium/chromium) or run \`npm ci\` to restore @sparticuz/chromium.`,
    );
  }
}

/**
 * Resolves the browser once per run: CHROMIUM_PATH wins, else @sparticuz/chromium's binary.
 * The result goes into the environment so worker processes skip the unpacking.
 * @returns {Promise<string>}
 */
export async function resolveChromiumPath() {
  const known = process.env[RESOLVED_VAR];
  if (known) return known;
  let path;
  const override = process.env.CHROMIUM_PATH?.trim();
  if (override) {
    path = assertExecutable(override, "CHROMIUM_PATH");
  } else {
    const started = performance.now();
    try {
      const { default: chromium } = await import("@sparticuz/chromium");
      path = assertExecutable(await chromium.executablePath(), "The browser unpacked from @sparticuz/chromium");
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(
        `Could not unpack the Chromium from @sparticuz/chromium (${error instanceof Error ? error.message : String(error)}): run \`npm ci\`, or set CHROMIUM_PATH to a Chromium executable.`,
      );
    }
    const ms = Math.round(performance.now() - started);
    if (ms > 50) console.log(`  unpacked @sparticuz/chromium to ${path} in ${ms} ms`);
  }
  process.env[RESOLVED_VAR] = path;
  return path;
}

/**
 * Our own flags. Deliberately NOT @sparticuz/chromium's exported `args`: those disable web
 * security and site isolation, which would hide exactly the bugs security tests look for.
 * The network is closed here, so stop Chromium's background dialling (updates, sync, QUIC).
 * @returns {string[]}
 */
export function chromiumArgs() {
  const args = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ];
  // The sandbox cannot start as root; as any other user keep it.
  if (process.getuid?.() === 0) args.unshift("--no-sandbox");
  return args;
}
