import { describe, expect, it } from "vitest";
import {
  addWatched,
  type KeyValueStore,
  MAX_WATCHED,
  readLastSeen,
  readWatched,
  removeWatched,
  writeLastSeen,
} from "./watch-storage";

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const B = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

describe("watched addresses", () => {
  it("remembers addresses newest first, once each whatever their case", () => {
    const store = memoryStore();
    addWatched(store, A.toLowerCase() as `0x${string}`);
    addWatched(store, B);
    expect(addWatched(store, A)).toEqual([A, B]);
    expect(readWatched(store)).toEqual([A, B]);
  });

  it("removes one address and keeps the rest", () => {
    const store = memoryStore();
    addWatched(store, A);
    addWatched(store, B);
    expect(removeWatched(store, A)).toEqual([B]);
    expect(readWatched(store)).toEqual([B]);
  });

  it("keeps at most MAX_WATCHED, dropping the oldest", () => {
    const store = memoryStore();
    const addresses = Array.from(
      { length: MAX_WATCHED + 2 },
      (_, index) => `0x${(index + 1).toString(16).padStart(40, "0")}` as `0x${string}`,
    );
    for (const address of addresses) addWatched(store, address);
    const kept = readWatched(store);
    expect(kept).toHaveLength(MAX_WATCHED);
    expect(kept[0]).toBe(addresses.at(-1));
    expect(kept).not.toContain(addresses[0]);
  });

  it("reads garbage as an empty list", () => {
    expect(readWatched(memoryStore({ "provernet.portfolio.watched": "{not json" }))).toEqual([]);
    expect(readWatched(memoryStore({ "provernet.portfolio.watched": '["nope", 3]' }))).toEqual([]);
  });

  it("survives a storage that refuses writes", () => {
    const store = {
      ...memoryStore(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(addWatched(store, A)).toEqual([A]);
  });
});

describe("last seen", () => {
  it("is kept per address", () => {
    const store = memoryStore();
    expect(readLastSeen(store, A)).toBeNull();
    writeLastSeen(store, A, 1_700_000_000);
    writeLastSeen(store, B, 1_700_000_100);
    expect(readLastSeen(store, A.toLowerCase() as `0x${string}`)).toBe(1_700_000_000);
    expect(readLastSeen(store, B)).toBe(1_700_000_100);
  });

  it("ignores a stored value that is not a time", () => {
    const store = memoryStore({ "provernet.portfolio.seen": JSON.stringify({ [A]: "soon" }) });
    expect(readLastSeen(store, A)).toBeNull();
  });
});
