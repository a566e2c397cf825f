import { formatUnits } from "viem";
import type { StakerHistory } from "../indexer/schemas";

type HistoryItem = StakerHistory["items"][number];

export const HISTORY_CSV_COLUMNS = [
  "time_iso",
  "type",
  "reward_source",
  "prover",
  "amount_wei",
  "amount_brev",
  "shares",
  "block_number",
  "tx_hash",
] as const;

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
 * One row per history entry: dates in ISO 8601 UTC, amounts exact (wei integers, and the same
 * amount in whole tokens at the token's `decimals()`, read from the chain by the caller).
 */
export function historyCsv(items: readonly HistoryItem[], assetDecimals: number): string {
  const rows = items.map((item) =>
    [
      new Date(item.timestamp * 1000).toISOString(),
      item.kind,
      item.source ?? "",
      item.prover,
      item.amount.toString(),
      formatUnits(item.amount, assetDecimals),
      item.shares.toString(),
      String(item.blockNumber),
      item.txHash,
    ]
      .map(csvField)
      .join(","),
  );
  return `${[HISTORY_CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
