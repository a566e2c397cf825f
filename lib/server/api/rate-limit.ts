import type { Context, Env, MiddlewareHandler } from "hono";
import { rateLimiter } from "hono-rate-limiter";
import { clientKey } from "./client-key";

export type RateLimit = { limit: number; windowMs: number };

/** All clients together may make this many times one client's limit (see clientKey for why). */
const SHARED_FACTOR = 20;

/**
 * Two limits for one route: per client, and on all clients together for when the client's
 * address cannot be trusted. `refuse` answers a request over either, told the seconds until
 * its window resets (also sent as Retry-After).
 */
export function rateLimits<E extends Env>(
  rate: RateLimit,
  refuse: (c: Context<E>) => Response | Promise<Response>,
): MiddlewareHandler<E>[] {
  const limited = (limit: number, keyGenerator: (c: Context<E>) => string) =>
    rateLimiter<E>({
      windowMs: rate.windowMs,
      limit,
      keyGenerator,
      standardHeaders: "draft-7",
      handler: (c) => {
        const reset = (c.get("rateLimit" as never) as { resetTime?: Date } | undefined)?.resetTime;
        const seconds = reset ? Math.ceil((reset.getTime() - Date.now()) / 1000) : rate.windowMs / 1000;
        c.header("Retry-After", String(Math.max(1, seconds)));
        return refuse(c);
      },
    });
  return [limited(rate.limit * SHARED_FACTOR, () => "all clients"), limited(rate.limit, clientKey)];
}
