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

/** Quotes a field when it needs it (RFC 4180); every field we write is ours, but the format stays valid. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row per history entry: dates in ISO 8601 UTC, amounts exact (wei integers and their BREV decimal). */
export function historyCsv(items: readonly HistoryItem[]): string {
  const rows = items.map((item) =>
    [
      new Date(item.timestamp * 1000).toISOString(),
      item.kind,
      item.source ?? "",
      item.prover,
      item.amount.toString(),
      formatUnits(item.amount, 18),
      item.shares.toString(),
      String(item.blockNumber),
      item.txHash,
    ]
      .map(field)
      .join(","),
  );
  return `${[HISTORY_CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
