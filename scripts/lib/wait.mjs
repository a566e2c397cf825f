import { setTimeout as sleep } from "node:timers/promises";
import { UserError } from "./fail.mjs";

/**
 * Polls `probe` until it resolves truthy. Used to await a service's health instead of
 * sleeping a fixed time. `isAlive` lets a caller stop early when the process died.
 * @template T
 * @param {() => Promise<T | undefined | false>} probe
 * @param {{ what: string, timeoutMs?: number, intervalMs?: number, isAlive?: () => boolean, hint?: string }} options
 * @returns {Promise<T>}
 */
export async function waitFor(probe, { what, timeoutMs = 60_000, intervalMs = 100, isAlive, hint = "" }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isAlive && !isAlive()) throw new UserError(`${what} exited before it was ready.${hint ? ` ${hint}` : ""}`);
    try {
      const value = await probe();
      if (value) return value;
    } catch {
      // not ready yet
    }
    await sleep(intervalMs);
  }
  throw new UserError(`${what} was not ready after ${Math.round(timeoutMs / 1000)} s.${hint ? ` ${hint}` : ""}`);
}

/**
 * JSON-RPC call over HTTP; throws on transport or RPC errors, and after `timeoutMs` when given
 * (a node that accepts the connection but never answers would otherwise hang the caller).
 * @param {string} url
 * @param {string} method
 * @param {unknown[]} [params]
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<any>}
 */
export async function rpc(url, method, params = [], { timeoutMs } = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
  });
  const body = await response.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}
