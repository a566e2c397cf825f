/** Basis points as a percentage with two decimals: 742 → "7.42 %"; exact, no floating point. */
export function formatBps(bps: number | bigint): string {
  const value = BigInt(bps);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = magnitude / 100n;
  const fraction = (magnitude % 100n).toString().padStart(2, "0");
  return `${negative ? "−" : ""}${whole.toLocaleString("en-US")}.${fraction} %`;
}
