// The processes global setup starts (upstream anvil, fork anvil, the app server), stopped
// newest first, then checked with ps: each was started in its own process group, so a
// leftover (next's workers, a stuck anvil) is any process still in one of those groups.
import { execFileSync } from "node:child_process";

export type Service = { name: string; pid: number | undefined; stop: () => Promise<void> };

const running: Service[] = [];

/** Last resort if the runner dies without teardown (crash, uncaught error): kill the groups synchronously. */
function killAllNow(): void {
  for (const service of running) {
    if (service.pid === undefined) continue;
    try {
      process.kill(-service.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}
process.once("exit", killAllNow);

export function track(service: Service): void {
  running.push(service);
}

/** Processes still alive in the given process groups, as "pid command" lines. */
function survivors(groups: number[]): string[] {
  if (groups.length === 0) return [];
  const table = execFileSync("ps", ["-eo", "pid=,pgid=,stat=,args="], { encoding: "utf8" });
  return (
    table
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      // The leader's own pid too, in case a service was not started as a group leader.
      .filter(
        ([pid, pgid, stat]) =>
          pid && pgid && (groups.includes(Number(pgid)) || groups.includes(Number(pid))) && !stat?.startsWith("Z"),
      )
      .map(([pid, , , ...args]) => `${pid} ${args.join(" ")}`)
  );
}

/** Stops every tracked service (newest first) and fails loudly if anything of theirs survived. */
export async function stopAll(): Promise<void> {
  const services = running.splice(0).reverse();
  const groups = services.flatMap((service) => (service.pid === undefined ? [] : [service.pid]));
  for (const service of services) {
    try {
      await service.stop();
    } catch (error) {
      console.error(`  e2e: stopping ${service.name} failed:`, error);
    }
  }
  // A group's leader may exit a moment before its children (next start → next-server).
  let left = survivors(groups);
  for (let attempt = 0; left.length > 0 && attempt < 30; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = survivors(groups);
  }
  if (left.length > 0) {
    for (const pid of groups) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    throw new Error(`e2e teardown: processes survived their stop and were killed:\n${left.join("\n")}`);
  }
}
