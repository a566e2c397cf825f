import { formatUnits } from "viem";

export type TokenFormat = {
  decimals?: number;
  symbol?: string;
  /** Fraction digits kept in the short form (the full form keeps all of them). */
  maxFractionDigits?: number;
  /** 1.2M instead of 1,234,567.89 */
  compact?: boolean;
};

const COMPACT_UNITS = [
  { exponent: 12n, suffix: "T" },
  { exponent: 9n, suffix: "B" },
  { exponent: 6n, suffix: "M" },
  { exponent: 3n, suffix: "K" },
] as const;

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Cuts a decimal string to `digits` fraction digits, rounding toward zero (never overstating a balance). */
function truncateFraction(decimal: string, digits: number): string {
  const [integer = "0", fraction = ""] = decimal.split(".");
  const kept = fraction.slice(0, digits).replace(/0+$/, "");
  return kept ? `${integer}.${kept}` : integer;
}

function withSymbol(text: string, symbol: string | undefined): string {
  return symbol ? `${text} ${symbol}` : text;
}

/** Every digit, grouped: what a tooltip shows so no precision is hidden. */
export function formatTokenFull(wei: bigint, { decimals = 18, symbol }: TokenFormat = {}): string {
  const negative = wei < 0n;
  const [integer = "0", fraction] = formatUnits(negative ? -wei : wei, decimals).split(".");
  const text = `${negative ? "-" : ""}${groupThousands(integer)}${fraction ? `.${fraction}` : ""}`;
  return withSymbol(text, symbol);
}

/** A short display form of a wei amount; exact bigint arithmetic, no floating point. */
export function formatToken(
  wei: bigint,
  { decimals = 18, symbol, maxFractionDigits = 4, compact = false }: TokenFormat = {},
): string {
  const negative = wei < 0n;
  const magnitude = negative ? -wei : wei;
  const sign = negative ? "-" : "";
  if (compact) {
    for (const { exponent, suffix } of COMPACT_UNITS) {
      const unit = 10n ** (BigInt(decimals) + exponent);
      if (magnitude >= unit) {
        const scaled = truncateFraction(formatUnits(magnitude, decimals + Number(exponent)), 2);
        return withSymbol(`${sign}${scaled}${suffix}`, symbol);
      }
    }
  }
  const short = truncateFraction(formatUnits(magnitude, decimals), maxFractionDigits);
  if (short === "0" && magnitude > 0n) {
    return withSymbol(`${sign}<0.${"0".repeat(Math.max(maxFractionDigits - 1, 0))}1`, symbol);
  }
  const [integer = "0", fraction] = short.split(".");
  return withSymbol(`${sign}${groupThousands(integer)}${fraction ? `.${fraction}` : ""}`, symbol);
}
