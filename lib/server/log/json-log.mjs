// The one shape every server log line has, in the app (its errors, its production server) and in
// the indexer's API: one JSON object a line, `level`, `time`, then the fields.
import { randomBytes } from "node:crypto";

/**
 * @param {"info" | "warn" | "error"} level
 * @param {Record<string, unknown>} fields
 */
export function logLine(level, fields) {
  const line = JSON.stringify({ level, time: new Date().toISOString(), ...fields });
  if (level === "info") console.log(line);
  else console.error(line);
}

/** A fresh request id: short, and what a visitor quotes as an error's reference. */
export function newRequestId() {
  return randomBytes(6).toString("hex");
}

// The same rule as Hono's requestId middleware, which the indexer uses: an id a load balancer
// or the app's server sent is kept, anything else is replaced.
const VALID_ID = /^[\w\-=]{1,255}$/;

/**
 * The request id to use for a request: the caller's `X-Request-Id` when it is a plain token, else a new one.
 * @param {string | string[] | null | undefined} sent
 */
export function requestIdFrom(sent) {
  const id = Array.isArray(sent) ? sent[0] : sent;
  return id && VALID_ID.test(id) ? id : newRequestId();
}

/**
 * One line per answered request.
 * @param {{ requestId: string, method: string, route: string, status: number, durationMs: number, aborted?: boolean }} request
 */
export function logRequest({ requestId, method, route, status, durationMs, aborted }) {
  logLine(status >= 500 ? "error" : "info", {
    msg: "request",
    requestId,
    method,
    route,
    status,
    durationMs: Math.round(durationMs * 10) / 10,
    ...(aborted ? { aborted: true } : {}),
  });
}
