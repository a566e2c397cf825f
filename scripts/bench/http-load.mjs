// Closed-loop HTTP load: `concurrency` clients, each sending its next request as soon as the
// previous answer has been read in full, until `requests` have been sent. Connections are kept
// alive (one socket per client), so the figures are the API's, not TCP handshakes'.
import { Agent, request } from "node:http";
import { cpuSeconds } from "./process-cpu.mjs";

/**
 * @typedef {object} LatencyResult
 * @property {string} path
 * @property {number} requests measured requests (after the warm-up)
 * @property {number} concurrency
 * @property {number} errors answers other than 200, or transport errors
 * @property {string | null} firstError
 * @property {number} p50 milliseconds
 * @property {number} p95
 * @property {number} p99
 * @property {number} mean
 * @property {number} max
 * @property {number} requestsPerSecond
 * @property {number | null} serverCpuMsPerRequest CPU the server process spent per request (Linux)
 * @property {number} clientCpuMsPerRequest CPU this load generator spent per request (it shares the machine)
 * @property {number} bytes size of the last answer, to tell a full page from an error
 */

/**
 * Nearest-rank percentile of sorted values.
 * @param {number[]} sorted
 * @param {number} p 0–100
 */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return /** @type {number} */ (sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]);
}

/**
 * One GET, its answer read in full; rejects on a transport error (with its `code`) or, given
 * `timeoutMs`, once no answer has come by then.
 * @param {Agent} agent
 * @param {string} url
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ status: number, bytes: number }>}
 */
export function get(agent, url, { timeoutMs } = {}) {
  // The key startIndexer shares: the bench is one client, measured, not rate limited.
  const key = process.env.INDEXER_API_KEY;
  const headers = key ? { authorization: `Bearer ${key}` } : {};
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk) => {
        bytes += chunk.length;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (timeoutMs !== undefined) req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
    req.end();
  });
}

/**
 * @param {Agent} agent
 * @param {string} url
 * @param {number} total
 * @param {number} concurrency
 */
async function drive(agent, url, total, concurrency) {
  /** @type {number[]} */
  const latencies = [];
  let sent = 0;
  let errors = 0;
  let bytes = 0;
  /** @type {string | null} */
  let firstError = null;
  const client = async () => {
    while (sent < total) {
      sent++;
      const started = performance.now();
      try {
        const answer = await get(agent, url);
        bytes = answer.bytes;
        if (answer.status !== 200) {
          errors++;
          firstError ??= `HTTP ${answer.status}`;
        }
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  return { latencies, errors, firstError, bytes, seconds: (performance.now() - started) / 1000 };
}

/**
 * @param {{ baseUrl: string, path: string, requests: number, concurrency: number, warmup: number, serverPid?: number }} options
 * @returns {Promise<LatencyResult>}
 */
export async function measureLatency({ baseUrl, path, requests, concurrency, warmup, serverPid }) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = `${baseUrl}${path}`;
  try {
    // The warm-up opens every connection and fills whatever the server caches.
    await drive(agent, url, warmup, concurrency);
    const serverBefore = cpuSeconds(serverPid);
    const clientBefore = process.cpuUsage();
    const run = await drive(agent, url, requests, concurrency);
    const client = process.cpuUsage(clientBefore);
    const serverAfter = cpuSeconds(serverPid);
    const sorted = [...run.latencies].sort((a, b) => a - b);
    const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;
    return {
      path,
      requests,
      concurrency,
      errors: run.errors,
      firstError: run.firstError,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
      max: round(sorted[sorted.length - 1] ?? Number.NaN),
      requestsPerSecond: Math.round(requests / run.seconds),
      serverCpuMsPerRequest:
        serverBefore === null || serverAfter === null ? null : round(((serverAfter - serverBefore) * 1000) / requests),
      clientCpuMsPerRequest: round((client.user + client.system) / 1000 / requests),
      bytes: run.bytes,
    };
  } finally {
    agent.destroy();
  }
}
