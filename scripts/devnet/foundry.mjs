import { existsSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../lib/fail.mjs";
import { ROOT } from "../lib/paths.mjs";

const PLATFORMS = { linux: "linux", darwin: "darwin", win32: "win32" };
const ARCHES = { x64: "amd64", arm64: "arm64" };

/**
 * The Foundry binary shipped inside its npm platform package. Started directly (not through
 * the node_modules/.bin shim) so that signals reach the real process.
 * @param {"forge" | "anvil" | "cast"} tool
 */
export function foundryBin(tool) {
  const platform = PLATFORMS[/** @type {keyof typeof PLATFORMS} */ (process.platform)];
  const arch = ARCHES[/** @type {keyof typeof ARCHES} */ (process.arch)];
  if (!platform || !arch) {
    throw new UserError(`Foundry's npm packages have no ${tool} for ${process.platform}/${process.arch}.`);
  }
  const exe = platform === "win32" ? `${tool}.exe` : tool;
  const path = join(ROOT, "node_modules", "@foundry-rs", `${tool}-${platform}-${arch}`, "bin", exe);
  if (!existsSync(path)) {
    throw new UserError(`Foundry's ${tool} is not installed (${path} is missing): run \`npm ci\`.`);
  }
  return path;
}
