import type { MiddlewareHandler } from "hono";
import { type RequestIdVariables, requestId } from "hono/request-id";
import { logRequest, newRequestId } from "../../../lib/server/log/json-log.mjs";
import { isLockRetry } from "./guard";

/**
 * Outermost: keeps the caller's `X-Request-Id` (e.g. a load balancer's) or makes one, answers with it, and logs one JSON line per request once it is answered, errors and 429s included (a read asked again after the writer's lock is one request).
 */
export function requestLog(): MiddlewareHandler<{ Variables: RequestIdVariables }>[] {
  return [
    requestId({ generator: newRequestId }),
    async (c, next) => {
      const started = performance.now();
      await next();
      // A lock retry's answer is the outer request's answer, logged there once.
      if (isLockRetry(c)) return;
      logRequest({
        requestId: c.get("requestId"),
        method: c.req.method,
        route: c.req.path,
        status: c.res.status,
        durationMs: performance.now() - started,
      });
    },
  ];
}
