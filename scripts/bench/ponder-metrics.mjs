// Ponder's Prometheus /metrics, read after a backfill to say where its time went: waiting for
// JSON-RPC data ("extract") or running handlers and writing rows ("transform").

/**
 * @typedef {object} BackfillProfile
 * @property {number | null} waitingOnRpcSeconds time the indexing loop waited for fetched data
 * @property {number | null} indexingSeconds time spent running handlers and flushing rows
 * @property {number | null} handlerSeconds of which in handlers (the "index" step)
 * @property {number | null} flushSeconds of which writing the cached rows to the database (the "load" step)
 * @property {Record<string, { count: number, seconds: number }>} rpcRequests by method; seconds summed over concurrent requests
 * @property {number | null} eventsIndexed events Ponder says it processed (logs with handlers and block events)
 * @property {Array<{ event: string, count: number, seconds: number }>} slowestHandlers by total time, top five
 * @property {Record<string, { count: number, seconds: number }>} cacheMisses by table: row lookups Ponder's cache
 *   could not answer, each a database query inside a handler, and the time those queries took
 */

/**
 * "name{a="x",b="y"} 1.5" lines → [{ name, labels, value }].
 * @param {string} text
 */
export function parsePrometheus(text) {
  /** @type {Array<{ name: string, labels: Record<string, string>, value: number }>} */
  const samples = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    /** @type {Record<string, string>} */
    const labels = {};
    for (const pair of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1] ?? ""] = pair[2] ?? "";
    samples.push({ name: match[1] ?? "", labels, value: Number(match[3]) });
  }
  return samples;
}

/**
 * @param {string} url the indexer's base URL
 * @returns {Promise<BackfillProfile>}
 */
export async function readBackfillProfile(url) {
  const samples = parsePrometheus(await (await fetch(`${url}/metrics`)).text());
  /** @param {string} name @param {Record<string, string>} [labels] */
  const value = (name, labels = {}) => {
    const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
    return found.length === 0 ? null : found.reduce((sum, s) => sum + s.value, 0);
  };
  const ms = (/** @type {number | null} */ v) => (v === null ? null : v / 1000);
  /** @type {BackfillProfile["rpcRequests"]} */
  const rpcRequests = {};
  for (const sample of samples) {
    const method = sample.labels.method;
    if (!method) continue;
    if (sample.name === "ponder_rpc_request_duration_count") {
      rpcRequests[method] = { count: sample.value, seconds: rpcRequests[method]?.seconds ?? 0 };
    } else if (sample.name === "ponder_rpc_request_duration_sum") {
      rpcRequests[method] = { count: rpcRequests[method]?.count ?? 0, seconds: sample.value / 1000 };
    }
  }
  /** @type {Map<string, { event: string, count: number, seconds: number }>} */
  const handlers = new Map();
  for (const sample of samples) {
    const event = sample.labels.event;
    if (!event || !sample.name.startsWith("ponder_indexing_function_duration_")) continue;
    const entry = handlers.get(event) ?? { event, count: 0, seconds: 0 };
    if (sample.name.endsWith("_count")) entry.count = sample.value;
    if (sample.name.endsWith("_sum")) entry.seconds = sample.value / 1000;
    handlers.set(event, entry);
  }
  /** @type {BackfillProfile["cacheMisses"]} */
  const cacheMisses = {};
  for (const sample of samples) {
    const table = sample.labels.table;
    if (sample.name !== "ponder_indexing_cache_requests_total" || sample.labels.type !== "miss" || !table) continue;
    if (sample.value > 0) {
      const seconds = value("ponder_indexing_cache_query_duration_sum", { table, method: "find" });
      cacheMisses[table] = { count: sample.value, seconds: (seconds ?? 0) / 1000 };
    }
  }
  return {
    waitingOnRpcSeconds: ms(value("ponder_historical_concurrency_group_duration", { group: "extract" })),
    indexingSeconds: ms(value("ponder_historical_concurrency_group_duration", { group: "transform" })),
    handlerSeconds: ms(value("ponder_historical_transform_duration", { step: "index" })),
    flushSeconds: ms(value("ponder_historical_transform_duration", { step: "load" })),
    rpcRequests,
    eventsIndexed: value("ponder_indexing_completed_events"),
    slowestHandlers: [...handlers.values()].sort((a, b) => b.seconds - a.seconds).slice(0, 5),
    cacheMisses,
  };
}
