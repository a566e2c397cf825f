import type { Address } from "viem";

/** The part of the Web Storage API this uses: localStorage in the browser, a plain object in tests. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const WATCHED_KEY = "provernet.portfolio.watched";
const SEEN_KEY = "provernet.portfolio.seen";
/** Enough for anyone following a few wallets; the oldest falls off beyond it. */
export const MAX_WATCHED = 20;

/** Reads JSON written by this module; anything else (another tab's garbage, a refused storage) is nothing. */
function readJson(store: KeyValueStore, key: string): unknown {
  try {
    const raw = store.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

function writeJson(store: KeyValueStore, key: string, value: unknown): void {
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    // A full or refused storage only means the list is not remembered.
  }
}

// Addresses are checked by shape and compared without case, not checksummed here: viem's
// checksum brings keccak into the page's first load, and the page hands over checksummed ones.
const ADDRESS_SHAPE = /^0x[0-9a-fA-F]{40}$/;
const sameAddress = (a: string) => (b: string) => a.toLowerCase() === b.toLowerCase();

/** The watched addresses, most recently added first, as the page gave them, without repeats. */
export function readWatched(store: KeyValueStore): Address[] {
  const stored = readJson(store, WATCHED_KEY);
  if (!Array.isArray(stored)) return [];
  const addresses = stored.filter((entry): entry is Address => typeof entry === "string" && ADDRESS_SHAPE.test(entry));
  return addresses.filter((entry, index) => addresses.findIndex(sameAddress(entry)) === index).slice(0, MAX_WATCHED);
}

export function addWatched(store: KeyValueStore, address: Address): Address[] {
  const next = [address, ...readWatched(store).filter((entry) => !sameAddress(address)(entry))].slice(0, MAX_WATCHED);
  writeJson(store, WATCHED_KEY, next);
  return next;
}

export function removeWatched(store: KeyValueStore, address: Address): Address[] {
  const next = readWatched(store).filter((entry) => !sameAddress(address)(entry));
  writeJson(store, WATCHED_KEY, next);
  return next;
}

/** Per address, the chain time (unix seconds) of the newest event the visitor has seen; null before the first look. */
export function readLastSeen(store: KeyValueStore, address: Address): number | null {
  const stored = readJson(store, SEEN_KEY);
  if (stored === null || typeof stored !== "object") return null;
  const value: unknown = (stored as Record<string, unknown>)[address.toLowerCase()];
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

export function writeLastSeen(store: KeyValueStore, address: Address, seenAt: number): void {
  const stored = readJson(store, SEEN_KEY);
  const all = stored !== null && typeof stored === "object" && !Array.isArray(stored) ? stored : {};
  writeJson(store, SEEN_KEY, { ...all, [address.toLowerCase()]: seenAt });
}
