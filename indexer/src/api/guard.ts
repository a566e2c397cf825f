import { createHash, timingSafeEqual } from "node:crypto";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { timeout } from "hono/timeout";
import { rateLimiter } from "hono-rate-limiter";
import { logLine } from "../../../lib/server/log/json-log.mjs";
import type { ApiSettings } from "../settings";
import { BadRequest, NotFound } from "./params";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Whether the request carries the app's key as a bearer token (compared in constant time). */
function carriesKey(c: Context, key: string | null): boolean {
  const sent = c.req.header("authorization")?.match(/^Bearer (.+)$/)?.[1];
  return key !== null && sent !== undefined && timingSafeEqual(digest(sent), digest(key));
}

type NodeEnv = { incoming?: { socket?: { remoteAddress?: string } } } | undefined;

/**
 * Who is asking, for the rate limit: the connection's address, or, behind a reverse proxy
 * configured to say so, the right-most entry of the header it writes (entries left of it are
 * whatever the client sent).
 */
export function clientAddress(c: Context, trustedHeader: string | null): string {
  if (trustedHeader) {
    const named = c.req.header(trustedHeader)?.split(",").at(-1)?.trim();
    if (named) return named;
  }
  return (c.env as NodeEnv)?.incoming?.socket?.remoteAddress ?? "unknown";
}

/**
 * Ponder's server answers every origin (`Access-Control-Allow-Origin: *`) before our routes
 * run: only the app's origins keep the header.
 */
function onlyAppOrigins(origins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const origin = c.req.header("origin");
    if (!origin || !origins.includes(origin)) c.res.headers.delete("Access-Control-Allow-Origin");
  };
}

/** Everything each request passes before a route: headers, CORS, the rate limit and the time limit. */
export function guardApi(app: Hono, settings: ApiSettings) {
  app.use(
    secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }),
    onlyAppOrigins(settings.appOrigins),
  );
  if (settings.appOrigins.length > 0) app.use(cors({ origin: settings.appOrigins, allowMethods: ["GET"] }));
  app.use(
    rateLimiter({
      ...settings.rateLimit,
      keyGenerator: (c) => clientAddress(c, settings.clientIpHeader),
      // A lock retry is the same request asked again: it was counted when it arrived.
      skip: (c) => isLockRetry(c) || carriesKey(c, settings.apiKey),
      standardHeaders: "draft-7",
      handler: (c) => c.json({ error: "Too many requests from this address: wait a minute and try again." }, 429),
    }),
    timeout(
      settings.timeoutMs,
      () => new HTTPException(504, { message: "The indexer took too long to answer; try again in a moment." }),
    ),
  );
}

/** How long a read that timed out on the writer's lock waits before it is asked again, once. */
const LOCK_RETRY_DELAY_MS = 250;
type LockRetryEnv = { lockRetried?: true };

/** Whether this is the API asking a read again after the writer's lock (see answerInWords). */
export function isLockRetry(c: Context): boolean {
  return (c.env as LockRetryEnv | undefined)?.lockRetried === true;
}

/** The request again, under the id it was answered with, so both attempts carry one id. */
function sameRequest(c: Context): Request {
  const headers = new Headers(c.req.raw.headers);
  const id = (c.var as { requestId?: string }).requestId;
  if (id) headers.set("x-request-id", id);
  return new Request(c.req.raw, { headers });
}

/** Postgres's "lock_not_available", anywhere in the error's causes. */
function isLockTimeout(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { code?: unknown }).code === "55P03") return true;
  }
  return false;
}

/** After the routes: an unknown path and every error are answered with a sentence, never a stack. */
export function answerInWords(app: Hono) {
  app.all("*", (c) => c.json({ error: `There is no ${c.req.path.slice(0, 100)} in this API.` }, 404));
  app.onError(async (error, c) => {
    if (error instanceof BadRequest) return c.json({ error: error.message }, 400);
    if (error instanceof NotFound) return c.json({ error: error.message }, 404);
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
    // Ponder's read pool waits 500 ms for a lock, and the writer holds every table's lock while it
    // rolls back a reorg or recovers from a crash (a second or so): asked again once, here, then
    // the client is told when to ask.
    if (isLockTimeout(error)) {
      if (!isLockRetry(c)) {
        await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_DELAY_MS));
        return app.fetch(sameRequest(c), { ...(c.env as object | undefined), lockRetried: true });
      }
      c.header("Retry-After", "1");
      return c.json({ error: "The indexer is applying new blocks; try again in a moment." }, 503);
    }
    logLine("error", {
      requestId: (c.var as { requestId?: string }).requestId,
      route: c.req.path,
      message: error.message,
      stack: error.stack,
    });
    return c.json({ error: "The indexer could not answer this request." }, 500);
  });
}
