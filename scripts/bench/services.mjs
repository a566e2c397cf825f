// Everything the benchmark starts (anvil, indexers, Postgres) is registered here, so it is
// stopped on success, on failure and on Ctrl-C alike. Children run in their own process
// groups (scripts/lib/children.mjs), so a Ctrl-C at the terminal never reaches them: only
// this registry stops them.
import { runMain } from "../lib/fail.mjs";

/**
 * @typedef {object} Service
 * @property {string} name
 * @property {() => Promise<void>} stop graceful, awaited
 * @property {() => void} [kill] synchronous last resort for process 'exit' (no awaiting there)
 */

/** @type {Service[]} */
const running = [];
let installed = false;
/** @type {Promise<never> | null} settles never: the signal handler ends the process */
let interruption = null;

/**
 * After Ctrl-C, the errors of whatever was cut short are not worth printing: returns a promise
 * that never settles (the signal handler exits once everything is stopped), else null.
 */
export function interrupted() {
  return interruption;
}

/**
 * @template {Service} T
 * @param {T} service
 * @returns {T}
 */
export function track(service) {
  running.push(service);
  return service;
}

/**
 * Stops one service now and forgets it.
 * @param {Service} service
 */
export async function stop(service) {
  const index = running.indexOf(service);
  if (index !== -1) running.splice(index, 1);
  await service.stop();
}

/** Stops everything still running, newest first (an indexer before the chain it reads). */
export async function stopAll() {
  while (running.length > 0) {
    const service = /** @type {Service} */ (running.pop());
    try {
      await service.stop();
    } catch (error) {
      console.error(`Stopping ${service.name} failed:`, error);
    }
  }
}

/**
 * A child process from scripts/lib/children.mjs as a service.
 * @param {import("../lib/children.mjs").Child} child
 * @returns {Service}
 */
export function childService(child) {
  return {
    name: child.name,
    stop: () => child.stop(),
    kill: () => {
      if (!child.alive() || child.process.pid === undefined) return;
      try {
        process.kill(-child.process.pid, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
}

/** Ctrl-C and SIGTERM stop every service before exiting; a crash kills what is left. */
export function installSignalHandlers() {
  if (installed) return;
  installed = true;
  /** @param {NodeJS.Signals} signal */
  const onSignal = (signal) => {
    if (interruption) return;
    interruption = new Promise(() => {});
    console.error(`\n${signal === "SIGINT" ? "Ctrl-C" : signal}: stopping everything the benchmark started…`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.once("exit", () => {
    for (const service of running) service.kill?.();
  });
}

/**
 * Runs a script's main function (runMain) with every service it started stopped however it
 * ends; after Ctrl-C, the error of whatever was cut short is not printed.
 * @param {() => Promise<void>} main
 */
export function runWithServices(main) {
  runMain(async () => {
    try {
      await main();
    } catch (error) {
      const cut = interrupted();
      if (cut) await cut;
      await stopAll();
      throw error;
    }
  });
}
