import { LRUCache } from "lru-cache";
import { fetchIcon, type Icon, IconRefusedError } from "./icon-fetch";

export type IconAnswer = { ok: true; icon: Icon } | { ok: false; status: IconRefusedError["status"]; message: string };

type CacheLimits = { maxEntries: number; maxBytes: number; ttlMs: number; refusalTtlMs: number };

const LIMITS: CacheLimits = {
  maxEntries: 1_000,
  maxBytes: 32 * 1024 * 1024,
  ttlMs: 60 * 60 * 1000,
  // A refusal is kept too, for less long: a hostile or dead host is not asked again on every page view.
  refusalTtlMs: 5 * 60 * 1000,
};

/**
 * Icons by the URL they were fetched from, bounded in entries and bytes; concurrent requests for
 * one URL share a single fetch.
 */
export function createIconLoader(fetch: (url: string) => Promise<Icon> = fetchIcon, limits: CacheLimits = LIMITS) {
  const cache = new LRUCache<string, IconAnswer>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (answer) => (answer.ok ? answer.icon.body.length : 0) + 1,
    ttl: limits.ttlMs,
    fetchMethod: async (url, _stale, { options }) => {
      try {
        return { ok: true, icon: await fetch(url) };
      } catch (error) {
        if (!(error instanceof IconRefusedError)) throw error;
        options.ttl = limits.refusalTtlMs;
        return { ok: false, status: error.status, message: error.message };
      }
    },
  });
  return async (url: string): Promise<IconAnswer> => {
    const answer = await cache.fetch(url);
    if (!answer) throw new Error(`The icon cache gave no answer for ${url}.`);
    return answer;
  };
}

/** The server's one icon cache. */
export const loadIcon = createIconLoader();
