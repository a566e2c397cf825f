import { formatUnits } from "viem";
import type { StakerHistory } from "../indexer/schemas";

type HistoryItem = StakerHistory["items"][number];

export const HISTORY_CSV_COLUMNS = [
  "time_iso",
  "type",
  "reward_source",
  "prover",
  "prover_name",
  "amount_wei",
  "amount_brev",
  "shares",
  "block_number",
  "tx_hash",
] as const;

/** The first line of the file. */
export const HISTORY_CSV_HEADER = `${HISTORY_CSV_COLUMNS.join(",")}\r\n`;

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe; our own numbers, negative ones included, stay numbers.
 */
function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** Quotes a field when it needs it (RFC 4180), after making it inert. */
export function csvField(value: string): string {
  const cell = inert(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * The lines of some history entries: dates in ISO 8601 UTC, amounts exact (wei integers, and the
 * same amount in whole tokens at the token's `decimals()`, read from the chain by the caller),
 * the prover's on-chain name made inert.
 */
export function historyCsvLines(items: readonly HistoryItem[], assetDecimals: number): string {
  return items
    .map(
      (item) =>
        `${[
          new Date(item.timestamp * 1000).toISOString(),
          item.kind,
          item.source ?? "",
          item.prover,
          item.proverName,
          item.amount.toString(),
          formatUnits(item.amount, assetDecimals),
          item.shares.toString(),
          String(item.blockNumber),
          item.txHash,
        ]
          .map(csvField)
          .join(",")}\r\n`,
    )
    .join("");
}

type Page = { items: readonly HistoryItem[]; nextCursor: string | null };

/**
 * The whole file, a page at a time: the next page is read only when the reader has taken the
 * last (at most one page waits in the stream's queue), so memory stays flat however long the
 * history. A page that cannot be read errors the stream: the download fails rather than ending short.
 */
export function historyCsvStream(
  first: Page,
  next: (cursor: string) => Promise<Page>,
  assetDecimals: number,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let head: string | null = HISTORY_CSV_HEADER + historyCsvLines(first.items, assetDecimals);
  let cursor = first.nextCursor;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (head !== null) {
        controller.enqueue(encoder.encode(head));
        head = null;
      } else if (cursor === null) {
        controller.close();
      } else {
        const page = await next(cursor);
        cursor = page.nextCursor;
        controller.enqueue(encoder.encode(historyCsvLines(page.items, assetDecimals)));
      }
    },
  });
}
