import type { Context } from "hono";

/**
 * The client's address, for rate limits: the right-most X-Forwarded-For entry, the one the
 * reverse proxy in front of the app appends from the connection it accepted; every entry left
 * of it is whatever the client sent. Next.js fills the header only when a request has none, so
 * a `next start` reached without a proxy lets a client choose its key: the API's shared limit
 * on all clients together still holds then.
 */
export function clientKey(c: Context): string {
  const forwarded = c.req.header("x-forwarded-for");
  return forwarded?.split(",").at(-1)?.trim() || "unknown";
}
