/** Addresses as the indexer stores them. */
export const lower = (value: string) => value.toLowerCase();

/**
 * Keyed values as a plain object of decimal strings: vitest prints the diff of two of these key
 * by key, where a diff of Maps of bigints would be unreadable.
 */
export const record = (entries: Iterable<readonly [string, bigint | number | string | readonly string[]]>) =>
  Object.fromEntries([...entries].map(([key, value]) => [key, typeof value === "bigint" ? value.toString() : value]));
