import { type IndexedHead, readIndexedHead } from "@/lib/chain/indexed-head";
import { formatAbsolute } from "@/lib/format/time";

/**
 * Shown when a page's chain reads failed and it fell back to the indexer's figures. Reads the
 * indexer's head itself unless the page already has it.
 */
export async function StaleDataNotice({ head }: { head?: IndexedHead | null }) {
  const indexed = head === undefined ? await readIndexedHead() : head;
  return (
    <div
      role="status"
      className="rounded-2xl border border-warning/40 bg-warning/5 p-4 text-ink text-sm"
      data-testid="stale-data"
    >
      {indexed ? (
        <>
          Live chain data is unavailable; these figures come from the indexer as of block{" "}
          <span className="font-semibold tabular-nums" title={formatAbsolute(Number(indexed.blockTimestamp))}>
            {indexed.blockNumber.toString()}
          </span>{" "}
          and may be out of date.
        </>
      ) : (
        "Live chain data is unavailable; these figures come from the indexer and may be out of date."
      )}
    </div>
  );
}
