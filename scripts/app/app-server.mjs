// The app's production HTTP server around a request handler (Next's, in serve.mjs): a request id
// and one JSON log line per request, liveness and readiness probes, and a bounded drain.
import { createServer } from "node:http";
import { logLine, logRequest, requestIdFrom } from "../../lib/server/log/json-log.mjs";

/** @typedef {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<unknown> | unknown} Handler */

/** Probes answer for the process itself and are left out of the request log (a balancer asks every few seconds). */
export const LIVENESS_PATH = "/healthz";
export const READINESS_PATH = "/readyz";

/**
 * @param {import("node:http").ServerResponse} res
 * @param {number} status
 * @param {Record<string, unknown>} body
 */
function answer(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * Until `markReady()` the server answers the probes (`/readyz` with 503) and 503 to everything else;
 * `drain()` answers `/readyz` with 503 again, stops accepting connections, lets the requests in
 * flight finish and resolves true, or after `drainTimeoutMs` cuts the rest and resolves false.
 * @param {Handler} handle
 * @param {{ drainTimeoutMs: number }} options
 */
export function createAppServer(handle, { drainTimeoutMs }) {
  /** @type {"starting" | "ready" | "draining"} */
  let state = "starting";

  const server = createServer((req, res) => {
    const started = performance.now();
    const route = (req.url ?? "/").split("?")[0] ?? "/";
    if (state === "draining") res.setHeader("connection", "close");
    if (route === LIVENESS_PATH) return answer(res, 200, { live: true });
    if (route === READINESS_PATH)
      return answer(res, state === "ready" ? 200 : 503, { ready: state === "ready", state });

    const requestId = requestIdFrom(req.headers["x-request-id"]);
    // Server code reads it from the request headers; the caller gets it back.
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    res.on("close", () => {
      const durationMs = performance.now() - started;
      logRequest({
        requestId,
        method: req.method ?? "GET",
        route,
        status: res.statusCode,
        durationMs,
        aborted: !res.writableFinished,
      });
      // A keep-alive connection that just went idle would hold the drain until its timeout.
      if (state === "draining") server.closeIdleConnections();
    });
    if (state === "starting") return answer(res, 503, { error: "The app is starting; try again in a moment." });
    Promise.resolve()
      .then(() => handle(req, res))
      .catch((/** @type {unknown} */ error) => {
        logLine("error", { requestId, route, message: error instanceof Error ? error.message : String(error) });
        if (res.headersSent) res.destroy();
        else answer(res, 500, { error: `The app could not answer this request (reference ${requestId}).` });
      });
  });

  return {
    server,
    markReady() {
      if (state === "starting") state = "ready";
    },
    /** @returns {Promise<boolean>} whether every request in flight finished in time */
    drain() {
      state = "draining";
      return new Promise((resolve) => {
        const cut = setTimeout(() => {
          server.closeAllConnections();
          resolve(false);
        }, drainTimeoutMs);
        server.close(() => {
          clearTimeout(cut);
          resolve(true);
        });
        server.closeIdleConnections();
      });
    },
  };
}
