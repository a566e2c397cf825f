import { EVENT_CURSOR } from "./event-schemas";

/** Where an event sits in the newest-first order: time, then block and log index, then id. */
export type EventKey = { timestamp: number; blockNumber: number; logIndex: number; id: string };

/** Negative when `a` comes before `b` in the newest-first order. */
export function newestFirst(a: EventKey, b: EventKey): number {
  return (
    b.timestamp - a.timestamp ||
    b.blockNumber - a.blockNumber ||
    b.logIndex - a.logIndex ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

export function formatCursor(key: EventKey): string {
  return `${key.timestamp}.${key.blockNumber}.${key.logIndex}.${key.id}`;
}

/** The key a cursor names, or null when it is not one this API gave out. */
export function parseCursor(cursor: string): EventKey | null {
  if (!EVENT_CURSOR.test(cursor)) return null;
  const [timestamp, blockNumber, logIndex, ...rest] = cursor.split(".");
  return {
    timestamp: Number(timestamp),
    blockNumber: Number(blockNumber),
    logIndex: Number(logIndex),
    id: rest.join("."),
  };
}

/**
 * One source of events, newest first, read only down to some limit: `readTo` is the oldest row it
 * read when older ones were left unread (null: read to its end), so nothing older may be shown
 * from the other sources yet. It stays the bound when the caller drops rows it read.
 */
export type EventSource<T extends EventKey> = { rows: T[]; readTo: EventKey | null };

/**
 * Merges sources into one page of at most `limit` events strictly after `after` (a cursor's key)
 * and returns the cursor of the next page. A source read short bounds the page at its oldest row
 * read, so every page is exact whatever each source held back.
 */
export function mergePage<T extends EventKey>(
  sources: EventSource<T>[],
  limit: number,
  after: EventKey | null,
): { items: T[]; next: string | null } {
  const bounds = sources.flatMap((source) => (source.readTo ? [source.readTo] : []));
  const bound = bounds.sort(newestFirst)[0] ?? null;
  const rows = sources
    .flatMap((source) => source.rows)
    .filter((row) => after === null || newestFirst(after, row) < 0)
    .filter((row) => bound === null || newestFirst(row, bound) <= 0)
    .sort(newestFirst);
  const items = rows.slice(0, limit);
  const lastShown = items.at(-1);
  if (rows.length > limit && lastShown) return { items, next: formatCursor(lastShown) };
  return { items, next: bound ? formatCursor(bound) : null };
}
