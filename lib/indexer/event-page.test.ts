import { describe, expect, it } from "vitest";
import { type EventKey, formatCursor, mergePage, newestFirst, parseCursor } from "./event-page";

function key(
  timestamp: number,
  blockNumber: number,
  logIndex: number,
  id = `31337-${blockNumber}-${logIndex}`,
): EventKey {
  return { timestamp, blockNumber, logIndex, id };
}

describe("event cursors", () => {
  it("round-trip an event's key", () => {
    const at = key(1_700_000_000, 120, 3);
    expect(parseCursor(formatCursor(at))).toEqual(at);
    const matured = key(1_700_000_500, 0, 0, "31337-unstake-0xAbC-0xDef-2");
    expect(parseCursor(formatCursor(matured))).toEqual(matured);
  });

  it("refuse what this API never gave out", () => {
    for (const bad of ["", "12", "1.2.3", "a.b.c.d", "1.2.3.<script>", `1.2.3.${"x".repeat(201)}`]) {
      expect(parseCursor(bad)).toBeNull();
    }
  });

  it("order newest first, a block's logs last to first", () => {
    const rows = [key(10, 5, 0), key(20, 9, 1), key(10, 5, 2), key(20, 9, 0)];
    expect(rows.sort(newestFirst).map((row) => row.id)).toEqual(["31337-9-1", "31337-9-0", "31337-5-2", "31337-5-0"]);
  });
});

describe("mergePage", () => {
  const all = Array.from({ length: 9 }, (_, index) => key(100 + index * 10, 10 + index, index % 3));

  /** Reads `rows` as the route does: newest first, older than the cursor's key, `take` rows at most. */
  function read(rows: EventKey[], after: EventKey | null, take: number) {
    const sorted = rows
      .filter((row) => after === null || newestFirst(after, row) < 0)
      .sort(newestFirst)
      .slice(0, take);
    return { rows: sorted, readTo: sorted.length >= take ? (sorted.at(-1) ?? null) : null };
  }

  /** Every id served, walking pages of `limit` by cursor over `sources` read `take` rows at a time. */
  function walk(sources: EventKey[][], take: number, limit: number): string[] {
    const seen: string[] = [];
    let after: EventKey | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const page = mergePage(
        sources.map((rows) => read(rows, after, take)),
        limit,
        after,
      );
      seen.push(...page.items.map((item) => item.id));
      if (page.next === null) break;
      after = parseCursor(page.next);
    }
    return seen;
  }

  it("walks every event exactly once across pages, whatever each source held back", () => {
    const sources = [all.filter((_, index) => index % 2 === 0), all.filter((_, index) => index % 2 === 1)];
    expect(walk(sources, 3, 2)).toEqual([...all].sort(newestFirst).map((row) => row.id));
  });

  it("walks a block with more logs than a page holds, one at a time, to its end", () => {
    // An epoch's distribution: one block time, a reward log per prover, in two sources.
    const block = Array.from({ length: 7 }, (_, logIndex) => key(500, 50, logIndex));
    const sources = [block.filter((row) => row.logIndex % 2 === 0), block.filter((row) => row.logIndex % 2 === 1)];
    expect(walk(sources, 2, 1)).toEqual([...block].sort(newestFirst).map((row) => row.id));
  });

  it("stops a page at the oldest row a source read short", () => {
    const busy = [key(500, 50, 0), key(400, 40, 0)];
    const quiet = [key(450, 45, 0), key(100, 10, 0)];
    const page = mergePage(
      [
        { rows: busy, readTo: busy[1] as EventKey },
        { rows: quiet, readTo: null },
      ],
      10,
      null,
    );
    expect(page.items.map((item) => item.timestamp)).toEqual([500, 450, 400]);
    expect(page.next).toBe(formatCursor(busy[1] as EventKey));
  });

  it("keeps the bound of a source whose rows the caller dropped after reading them", () => {
    // A staker's share of each reward read: none of these two was its, but older ones may be.
    const dropped = { rows: [], readTo: key(400, 40, 0) };
    const other = { rows: [key(450, 45, 0), key(100, 10, 0)], readTo: null };
    const page = mergePage([dropped, other], 10, null);
    expect(page.items.map((item) => item.timestamp)).toEqual([450]);
    expect(page.next).toBe(formatCursor(key(400, 40, 0)));
  });

  it("has no next page when every source was read to its end", () => {
    const page = mergePage([{ rows: [key(5, 1, 0)], readTo: null }], 10, null);
    expect(page).toEqual({ items: [key(5, 1, 0)], next: null });
  });
});
