import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { run } from "../lib/children.mjs";
import { UserError } from "../lib/fail.mjs";
import { freePort } from "../lib/ports.mjs";

const INSTALL_HINT =
  "No Postgres server binaries (initdb, pg_ctl) were found: install them with `apt-get update && apt-get install -y postgresql`, or set DATABASE_URL to a Postgres you run.";
// Tests only: durability is traded for speed.
const FAST_SETTINGS = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";

/** initdb and pg_ctl from PATH, else the newest /usr/lib/postgresql/<major>/bin. */
function findBinDir() {
  const fromPath = (process.env.PATH ?? "")
    .split(delimiter)
    .find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
  if (fromPath) return fromPath;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  const major = majors.find((name) => existsSync(join(root, name, "bin", "initdb")));
  return major ? join(root, major, "bin") : null;
}

/** Postgres refuses to run as root: as root, the cluster belongs to the `postgres` user. */
function serverUser() {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new UserError(
      "Running as root, but there is no `postgres` user to run the test database: create one with `useradd --system postgres` or set DATABASE_URL.",
    );
  }
}

/**
 * @param {string} binDir
 * @param {boolean} asPostgres
 * @param {string} tool
 * @param {string[]} args
 */
function pgTool(binDir, asPostgres, tool, args) {
  const exe = join(binDir, tool);
  // cwd "/" spares a warning about a current directory the postgres user cannot read.
  return asPostgres
    ? run("runuser", ["-u", "postgres", "--", exe, ...args], { cwd: "/" })
    : run(exe, args, { cwd: "/" });
}

/**
 * A real Postgres for tests: DATABASE_URL when set, else a throwaway cluster in a temp dir on
 * a free port, stopped and removed by `stop()` (and on process exit, should a test crash).
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ url: string, dir: string | null, stop: () => Promise<void> }>}
 */
export async function startPostgres({ log = () => {} } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, dir: null, stop: async () => {} };
  const binDir = findBinDir();
  if (!binDir) throw new UserError(INSTALL_HINT);
  const owner = serverUser();
  const dir = mkdtempSync(join(tmpdir(), "pg-throwaway-"));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, "data");
  const port = await freePort();
  const started = Date.now();

  let running = false;
  const stopSync = () => {
    if (running) {
      try {
        const args = [join(binDir, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"];
        execFileSync(owner ? "runuser" : (args[0] ?? ""), owner ? ["-u", "postgres", "--", ...args] : args.slice(1), {
          cwd: "/",
          stdio: "ignore",
        });
      } catch {
        // already stopped
      }
      running = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stopSync);

  try {
    await pgTool(binDir, Boolean(owner), "initdb", [
      "-D",
      data,
      "-A",
      "trust",
      "-U",
      "postgres",
      "-E",
      "UTF8",
      "--no-sync",
    ]);
    await pgTool(binDir, Boolean(owner), "pg_ctl", [
      "-D",
      data,
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${FAST_SETTINGS}`,
      "-l",
      join(dir, "server.log"),
      "-w",
      "start",
    ]);
    running = true;
  } catch (error) {
    stopSync();
    process.removeListener("exit", stopSync);
    throw new UserError(`The throwaway Postgres did not start: ${error instanceof Error ? error.message : error}`);
  }
  log(`Postgres ready on port ${port} in ${Date.now() - started} ms.`);

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    async stop() {
      if (running) {
        await pgTool(binDir, Boolean(owner), "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
        running = false;
      }
      rmSync(dir, { recursive: true, force: true });
      process.removeListener("exit", stopSync);
    },
  };
}
