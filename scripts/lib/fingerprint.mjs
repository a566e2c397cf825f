import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const SKIPPED_DIRS = new Set(["node_modules", ".next", ".git", ".data", "out", "cache", "broadcast"]);

/** @param {string} path @param {string[]} files */
function collect(path, files) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (!SKIPPED_DIRS.has(entry)) collect(join(path, entry), files);
    }
  } else {
    files.push(path);
  }
}

/**
 * A content hash of files and folders, to tell whether a cached artifact (a build, a
 * devnet state) was made from the sources as they are now.
 * @param {string} root
 * @param {string[]} paths relative to root
 */
export function fingerprint(root, paths) {
  /** @type {string[]} */
  const files = [];
  for (const path of paths) collect(join(root, path), files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}
