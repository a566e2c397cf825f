// What a benchmark or the topology test ran on, printed first and kept in its JSON report:
// figures from a busy or a different machine are not comparable.
import { cpus, loadavg, totalmem } from "node:os";

/** The one-minute load average, to two decimals. */
export const oneMinuteLoad = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

/**
 * Prints "<title>: 2 CPUs (model), 24 GiB, Node v20…, load 0.42", and a warning when other work
 * already loads the machine.
 * @param {string} title
 */
export function describeMachine(title) {
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: oneMinuteLoad(),
  };
  console.log(
    `${title}: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverageAtStart}`,
  );
  if (machine.loadAverageAtStart > machine.cpus / 2) {
    console.log(
      `  Note: the load average is already ${machine.loadAverageAtStart}; other work on this machine skews the figures.`,
    );
  }
  return machine;
}
