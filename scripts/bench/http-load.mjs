// Closed-loop HTTP load: `concurrency` clients, each sending its next request as soon as the
// previous answer has been read in full, until `requests` have been sent or `seconds` are up. Connections are kept
// alive (one socket per client), so the figures are the API's, not TCP handshakes'.
import { Agent, request } from "node:http";
import { cpuSeconds } from "./process-cpu.mjs";

/**
 * Needed for Node's agent to heed a server's `Keep-Alive: timeout=N` hint (it closes idle sockets
 * a second before the server would): without a timeout of its own it ignores the hint, and a
 * request sent on a socket the server is closing fails with ECONNRESET.
 */
export const IDLE_SOCKET_TIMEOUT_MS = 10_000;

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
 * @property {number} seconds how long the measured requests took
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
 * @param {{ timeoutMs?: number, keepBody?: boolean }} [options] `keepBody`: the caller reads the
 *   answer (a cursor walk); else only its size counts
 * @returns {Promise<{ status: number, bytes: number, body: string | null }>}
 */
export function get(agent, url, { timeoutMs, keepBody = false } = {}) {
  // The key startIndexer shares: the bench is one client, measured, not rate limited.
  const key = process.env.INDEXER_API_KEY;
  const headers = key ? { authorization: `Bearer ${key}` } : {};
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let bytes = 0;
      /** @type {Buffer[]} */
      const chunks = [];
      res.on("data", (chunk) => {
        bytes += chunk.length;
        if (keepBody) chunks.push(chunk);
      });
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, bytes, body: keepBody ? Buffer.concat(chunks).toString("utf8") : null }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    if (timeoutMs !== undefined) req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
    req.end();
  });
}

/**
 * Where a client goes next: the same path again, or, for a cursor walk, the page the last
 * answer points to (back to the first page after the last).
 * @typedef {(path: string, body: string) => string} NextPath
 */

/**
 * @param {Agent} agent
 * @param {object} options
 * @param {string} options.baseUrl
 * @param {string} options.path
 * @param {NextPath | undefined} options.next
 * @param {number} options.total requests, unless `until` ends the run first
 * @param {number} options.until performance.now() after which no request is sent
 * @param {number} options.concurrency
 */
async function drive(agent, { baseUrl, path, next, total, until, concurrency }) {
  /** @type {number[]} */
  const latencies = [];
  let sent = 0;
  let errors = 0;
  let bytes = 0;
  /** @type {string | null} */
  let firstError = null;
  const client = async () => {
    let current = path;
    while (sent < total && performance.now() < until) {
      sent++;
      const started = performance.now();
      /** @type {string | null} */
      let body = null;
      try {
        const answer = await get(agent, `${baseUrl}${current}`, { keepBody: next !== undefined });
        bytes = answer.bytes;
        body = answer.body;
        if (answer.status !== 200) {
          errors++;
          firstError ??= `HTTP ${answer.status} for ${current}`;
          body = null;
        }
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      latencies.push(performance.now() - started);
      current = next && body !== null ? next(path, body) : path;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  return { latencies, errors, firstError, bytes, seconds: (performance.now() - started) / 1000 };
}

/**
 * @param {object} options
 * @param {string} options.baseUrl
 * @param {string} options.path the first request's path and query
 * @param {number} options.requests at most this many measured requests
 * @param {number} [options.seconds] measure for this long at most (so a run spans many blocks)
 * @param {number} options.concurrency
 * @param {number} options.warmup requests before measuring
 * @param {number} [options.serverPid]
 * @param {NextPath} [options.next] a cursor walk instead of one path
 * @returns {Promise<LatencyResult>}
 */
export async function measureLatency({ baseUrl, path, requests, seconds, concurrency, warmup, serverPid, next }) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency, timeout: IDLE_SOCKET_TIMEOUT_MS });
  const base = { baseUrl, path, next, concurrency };
  try {
    // The warm-up opens every connection and fills whatever the server caches.
    await drive(agent, { ...base, total: warmup, until: Number.POSITIVE_INFINITY });
    const serverBefore = cpuSeconds(serverPid);
    const clientBefore = process.cpuUsage();
    const until = seconds === undefined ? Number.POSITIVE_INFINITY : performance.now() + seconds * 1000;
    const run = await drive(agent, { ...base, total: requests, until });
    const client = process.cpuUsage(clientBefore);
    const serverAfter = cpuSeconds(serverPid);
    const measured = run.latencies.length;
    const sorted = [...run.latencies].sort((a, b) => a - b);
    const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;
    return {
      path,
      requests: measured,
      concurrency,
      errors: run.errors,
      firstError: run.firstError,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      mean: round(sorted.reduce((a, b) => a + b, 0) / measured),
      max: round(sorted[sorted.length - 1] ?? Number.NaN),
      requestsPerSecond: Math.round(measured / run.seconds),
      seconds: round(run.seconds),
      serverCpuMsPerRequest:
        serverBefore === null || serverAfter === null ? null : round(((serverAfter - serverBefore) * 1000) / measured),
      clientCpuMsPerRequest: round((client.user + client.system) / 1000 / measured),
      bytes: run.bytes,
    };
  } finally {
    agent.destroy();
  }
}
