import { formatToken, formatTokenFull } from "@/lib/format/token";

/** A token amount in short form, with every digit in the tooltip. */
export function Amount({
  wei,
  symbol = "BREV",
  compact = false,
  testId,
}: {
  wei: bigint;
  symbol?: string;
  compact?: boolean;
  testId?: string;
}) {
  return (
    <span
      className="tabular-nums"
      title={formatTokenFull(wei, { symbol })}
      data-testid={testId}
      data-wei={wei.toString()}
    >
      {formatToken(wei, { symbol, compact })}
    </span>
  );
}
