import { Hono } from "hono";
import type { IconAnswer } from "../icons/icon-cache";
import { IconRefusedError } from "../icons/icon-fetch";
import { iconFetchUrl, ipfsGateway } from "../icons/icon-source";
import { type RateLimit, rateLimits } from "./rate-limit";

/**
 * Per client: a directory page shows a few dozen icons and the browser keeps each an hour, so
 * only a client walking the proxy over many hosts comes near this.
 */
export const ICON_RATE_LIMIT: RateLimit = { limit: 300, windowMs: 60_000 };

/** An icon address from chain longer than this is not an icon. */
const MAX_SRC_LENGTH = 2_048;

// The image can never be a document that runs anything, and no browser guesses its type.
const IMAGE_HEADERS = {
  "content-security-policy": "default-src 'none'; sandbox",
  "x-content-type-options": "nosniff",
  "cross-origin-resource-policy": "same-origin",
};

function refusal(status: IconRefusedError["status"] | 429, message: string, cacheSeconds: number): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: {
      ...IMAGE_HEADERS,
      "content-type": "application/json; charset=utf-8",
      "cache-control": cacheSeconds > 0 ? `public, max-age=${cacheSeconds}` : "no-store",
    },
  });
}

/**
 * GET /api/icon?src=<the icon address a prover set on chain>: the icon served from our own
 * origin, so a visitor's browser never contacts a prover's host (no tracking, no referrer, no
 * IP address handed out), or a sentence with a 4xx/5xx when it is refused.
 */
export function iconRoutes(load: (url: string) => Promise<IconAnswer>, rate: RateLimit = ICON_RATE_LIMIT) {
  const app = new Hono();
  // Each icon may cost a fetch from a prover's host: the same limits as the chain reads, per client.
  app.use(
    ...rateLimits(rate, (c) => {
      const refused = refusal(429, "Too many icons asked for by this client: wait a moment.", 0);
      refused.headers.set("retry-after", c.res.headers.get("retry-after") ?? String(rate.windowMs / 1000));
      return refused;
    }),
  );
  return app.get("/", async (c) => {
    const src = c.req.query("src")?.trim() ?? "";
    if (!src || src.length > MAX_SRC_LENGTH) {
      return refusal(400, "Name the icon with ?src= and an https:// or ipfs:// address.", 300);
    }
    let answer: IconAnswer;
    try {
      answer = await load(iconFetchUrl(src, ipfsGateway()));
    } catch (error) {
      if (error instanceof IconRefusedError) return refusal(error.status, error.message, 300);
      throw error;
    }
    if (!answer.ok) return refusal(answer.status, answer.message, 300);
    return new Response(new Uint8Array(answer.icon.body), {
      headers: {
        ...IMAGE_HEADERS,
        "content-type": answer.icon.type,
        "content-length": String(answer.icon.body.length),
        "cache-control": "public, max-age=3600",
      },
    });
  });
}
