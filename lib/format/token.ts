import { formatUnits } from "viem";
import { LOCALE } from "./locale";

export type TokenFormat = {
  decimals?: number;
  symbol?: string;
  /** 1.23M instead of 1,234,567.8912 */
  compact?: boolean;
};

// Intl formats a decimal string exactly (no trip through a double), so wei never becomes a float.
// Rounding toward zero never shows a balance larger than it is.
const SHORT = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 4, roundingMode: "trunc" });
const COMPACT = new Intl.NumberFormat(LOCALE, {
  notation: "compact",
  maximumFractionDigits: 2,
  roundingMode: "trunc",
});
const INTEGER = new Intl.NumberFormat(LOCALE);

function withSymbol(text: string, symbol: string | undefined): string {
  return symbol ? `${text} ${symbol}` : text;
}

/**
 * Every digit, grouped: what a tooltip shows so no precision is hidden. Intl groups the integer
 * part; the fraction is appended as it is, since Intl keeps at most 20 fraction digits on
 * Node 20 and vault shares have 21.
 */
export function formatTokenFull(wei: bigint, { decimals = 18, symbol }: TokenFormat = {}): string {
  const [integer = "0", fraction] = formatUnits(wei, decimals).split(".");
  return withSymbol(`${INTEGER.format(integer as `${number}`)}${fraction ? `.${fraction}` : ""}`, symbol);
}

/** A short display form of a wei amount: four fraction digits, or 1.23M in compact form. */
export function formatToken(wei: bigint, { decimals = 18, symbol, compact = false }: TokenFormat = {}): string {
  const format = compact ? COMPACT : SHORT;
  const text = format.format(formatUnits(wei, decimals) as `${number}`);
  if (wei !== 0n && /^-?0$/.test(text)) {
    // Too small for the digits shown; never let a non-zero balance read as zero.
    const smallest = format.resolvedOptions().maximumFractionDigits ?? 0;
    return withSymbol(`${wei < 0n ? "-" : ""}<${format.format(`1e-${smallest}` as `${number}`)}`, symbol);
  }
  return withSymbol(text, symbol);
}
