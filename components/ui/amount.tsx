import { formatToken, formatTokenFull } from "@/lib/format/token";

/** A token amount in short form, with every digit in the tooltip. */
export function Amount({
  wei,
  symbol = "BREV",
  decimals = 18,
  compact = false,
  testId,
}: {
  wei: bigint;
  symbol?: string;
  /** 21 for vault shares (18 + the vault's decimals offset). */
  decimals?: number;
  compact?: boolean;
  testId?: string;
}) {
  return (
    <span
      className="tabular-nums"
      title={formatTokenFull(wei, { symbol, decimals })}
      data-testid={testId}
      data-wei={wei.toString()}
    >
      {formatToken(wei, { symbol, compact, decimals })}
    </span>
  );
}
