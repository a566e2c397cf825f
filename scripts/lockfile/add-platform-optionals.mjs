#!/usr/bin/env node
// The npm registry mirror these machines use serves only some platforms' builds of packages
// like @biomejs/cli-*, @next/swc-* or @rollup/rollup-*, so `npm install` leaves the other
// platforms' optional packages out of package-lock.json and `npm ci` then refuses the lockfile.
// This adds an entry for each such package, marked optional with its os/cpu/libc, which npm ci
// skips on a non-matching machine. Run it after every `npm install` that changes the lockfile.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib/paths.mjs";

const OS_NAMES = new Set(["android", "darwin", "win32", "linux", "freebsd", "openbsd", "openharmony", "sunos", "aix"]);
const CPU_NAMES = {
  arm64: "arm64",
  x64: "x64",
  amd64: "x64",
  ia32: "ia32",
  arm: "arm",
  gnueabihf: "arm",
  musleabihf: "arm",
  eabi: "arm",
  loong64: "loong64",
  ppc64: "ppc64",
  riscv64: "riscv64",
  s390x: "s390x",
  wasm32: "wasm32",
};

/** os, cpu and libc read off a platform package's name, e.g. @rollup/rollup-linux-x64-musl. */
function platformOf(/** @type {string} */ name) {
  const parts = (name.split("/").pop() ?? "").split("-");
  /** @type {{ os?: string[], cpu?: string[], libc?: string[] }} */
  const platform = {};
  const os = parts.find((part) => OS_NAMES.has(part));
  if (os) platform.os = [os];
  const cpu = parts.find((part) => part in CPU_NAMES);
  if (cpu) platform.cpu = [CPU_NAMES[/** @type {keyof typeof CPU_NAMES} */ (cpu)]];
  if (parts.includes("musl") || parts.some((part) => part.endsWith("musleabihf"))) platform.libc = ["musl"];
  else if (os === "linux" && (parts.includes("gnu") || parts.some((part) => part.startsWith("gnueabi")))) {
    platform.libc = ["glibc"];
  }
  return platform;
}

const file = join(ROOT, "package-lock.json");
const lock = JSON.parse(readFileSync(file, "utf8"));
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = key ? `${key}/node_modules/${name}` : `node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform.os && !platform.cpu) continue; // not a platform build: leave it to npm
    lock.packages[hoisted] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform package entries.`);
