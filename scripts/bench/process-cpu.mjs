// CPU time a process has used so far, from /proc (Linux). Divided by the requests served in
// between, it is the server's cost per request, which tells a slow handler from a busy machine.
import { readFileSync } from "node:fs";

/** Linux reports CPU times in clock ticks; 100 per second on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/**
 * User + system CPU seconds of a process, or null where /proc is not available.
 * @param {number | undefined} pid
 * @returns {number | null}
 */
export function cpuSeconds(pid) {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const user = Number(fields[11]);
    const system = Number(fields[12]);
    return Number.isFinite(user) && Number.isFinite(system) ? (user + system) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
