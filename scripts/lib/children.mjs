import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";

/**
 * @typedef {object} Child
 * @property {string} name
 * @property {import("node:child_process").ChildProcess} process
 * @property {() => boolean} alive
 * @property {Promise<number | null>} exited resolves with the exit code
 * @property {(signal?: NodeJS.Signals, graceMs?: number) => Promise<void>} stop
 */

/**
 * Starts a long-running service in its own process group with output to a log file, so
 * that stopping it also stops whatever it spawned (next and ponder fork workers).
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ logFile: string, env?: Record<string, string | undefined>, cwd?: string }} options
 * @returns {Child}
 */
export function startChild(name, command, args, { logFile, env, cwd }) {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let running = true;
  const exited = new Promise((resolve) => {
    child.once("exit", (code) => {
      running = false;
      resolve(code);
    });
    child.once("error", () => {
      running = false;
      resolve(null);
    });
  });
  return {
    name,
    process: child,
    alive: () => running,
    exited,
    async stop(signal = "SIGTERM", graceMs = 10_000) {
      if (!running || child.pid === undefined) return;
      const group = -child.pid;
      try {
        process.kill(group, signal);
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(group, "SIGKILL");
        } catch {
          // already gone
        }
      }, graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Runs a command to completion, capturing its output; rejects with the output's tail on
 * a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, cwd?: string, input?: string }} [options]
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
export function run(command, args, { env, cwd, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else {
        const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-30).join("\n");
        reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${tail}`));
      }
    });
    // A command that exits without reading its input (pg_ctl, initdb) closes the pipe first:
    // the write's EPIPE is no error of ours, its exit code says how it went.
    child.stdin.on("error", (error) => {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EPIPE") reject(error);
    });
    child.stdin.end(input ?? "");
  });
}

/**
 * Runs a command to completion with its output shown on this terminal as it comes and also
 * kept, for a caller that reads the result (test counts, gas figures) afterwards.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, cwd?: string }} [options]
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function runEchoed(command, args, { env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}
