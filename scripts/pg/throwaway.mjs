import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { run } from "../lib/children.mjs";
import { UserError } from "../lib/fail.mjs";
import { freePort } from "../lib/ports.mjs";

// One sentence a person can act on. On Debian 12 `postgresql` pulls in `postgresql-15`, which
// puts initdb and pg_ctl in /usr/lib/postgresql/15/bin (not on PATH; findBinDir looks there).
const INSTALL_HINT =
  "No Postgres server binaries (initdb, pg_ctl) were found: install them with `apt-get update && apt-get install -y postgresql` (the update is only needed when apt's package lists are empty or stale), or set DATABASE_URL to a Postgres you run.";

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
 * The directory holding initdb and pg_ctl: PATH first, then the newest
 * /usr/lib/postgresql/<major>/bin (where Debian installs them, off PATH).
 * @returns {string | null}
 */
function findBinDir() {
  const hasTools = (/** @type {string} */ dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"));
  // Both from one dir: an initdb from one major and a pg_ctl from another would not agree.
  const fromPath = (process.env.PATH ?? "").split(delimiter).find((dir) => dir !== "" && hasTools(dir));
  if (fromPath) return fromPath;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const newestFirst = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  const major = newestFirst.find((name) => hasTools(join(root, name, "bin")));
  return major === undefined ? null : join(root, major, "bin");
}

/**
 * Postgres refuses to run as root, so as root the cluster belongs to the `postgres` system user.
 * @returns {{ uid: number, gid: number } | null} null when we are not root
 */
function serverOwner() {
  if (process.getuid?.() !== 0) return null;
  try {
    const id = (/** @type {string} */ flag) =>
      Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    // Not created here: adding a system user is a machine change a test helper should not make silently.
    throw new UserError(
      "Running as root, but there is no `postgres` user to run the test database as: create it with `useradd --system postgres`, or set DATABASE_URL.",
    );
  }
}

/**
 * The command line running a Postgres tool, through `runuser -u postgres` when we are root.
 * @param {string} binDir
 * @param {boolean} asPostgres
 * @param {string} tool
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
function toolCommand(binDir, asPostgres, tool, args) {
  const exe = join(binDir, tool);
  return asPostgres ? ["runuser", ["-u", "postgres", "--", exe, ...args]] : [exe, args];
}

/**
 * @param {[string, string[]]} command
 */
function runTool([command, args]) {
  // cwd "/" spares a warning about a current directory the postgres user may not be able to read.
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
  const binDir = findBinDir();
  if (!binDir) throw new UserError(INSTALL_HINT);
  const owner = serverOwner();
  const asPostgres = owner !== null;

  const dir = mkdtempSync(join(tmpdir(), "pg-throwaway-"));
  // The dir is still empty, so this is the `chown -R` the postgres user needs; initdb creates
  // everything below it as that user.
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, "data");
  const logFile = join(dir, "server.log");
  const port = await freePort();
  const serverRunning = () => existsSync(join(data, "postmaster.pid"));

  // Immediate: the data is discarded, so there is nothing to shut down cleanly for.
  const watchdog = startWatchdog(
    toolCommand(binDir, asPostgres, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]),
    dir,
  );
  // Synchronous, as 'exit' handlers must be: covers a test that never called stop().
  const onExit = () => {
    if (serverRunning()) {
      const [command, args] = toolCommand(binDir, asPostgres, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
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
      toolCommand(binDir, asPostgres, "initdb", [
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
      toolCommand(binDir, asPostgres, "pg_ctl", [
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
    throw new UserError(`The throwaway Postgres in ${binDir} did not start: ${detail}`);
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
          await runTool(toolCommand(binDir, asPostgres, "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]));
        rmSync(dir, { recursive: true, force: true });
        disarm();
      })()),
  };
}
