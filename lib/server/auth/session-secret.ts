import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ConfigError } from "@/lib/chain/runtime-config";

/** iron-session refuses shorter passwords. */
export const MIN_SESSION_SECRET_LENGTH = 32;

/**
 * Where the devnet keeps the secret it generated: next to the app's store (`.data/app` itself
 * is PGlite's data directory, which should hold nothing of ours). `npm run reset` removes both.
 */
export const DEV_SESSION_SECRET_FILE = resolve(".data/app-session-secret");

/**
 * The key sealing session cookies: SESSION_SECRET, or on the devnet a random one generated into
 * .data on first use, so `npm start` works with nothing set. Never sent to a browser.
 */
export function sessionSecret(
  env: Record<string, string | undefined>,
  devnet: boolean,
  file: string = DEV_SESSION_SECRET_FILE,
): string {
  const configured = env.SESSION_SECRET?.trim();
  if (configured) {
    if (configured.length < MIN_SESSION_SECRET_LENGTH) {
      throw new ConfigError(`SESSION_SECRET must be at least ${MIN_SESSION_SECRET_LENGTH} characters long.`);
    }
    return configured;
  }
  if (!devnet) throw new ConfigError("SESSION_SECRET is not set: sign-in needs one on this network.");
  // Paths known only at run time: nothing for the bundler to trace.
  mkdirSync(/*turbopackIgnore: true*/ dirname(file), { recursive: true });
  // "wx": the first start writes it; any later one (or a second process starting at once) reads it.
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
}
