/**
 * Why a text is not a plain decimal whole number in 0…max, as a sentence about `label`, or null
 * when it is one. The bidder reads its numbers with Go's base-0 parsers (`big.Int.SetString(s, 0)`,
 * and `strconv.ParseUint(s, 0, 64)` for a quoted uint64), so "0x10" is sixteen, "010" is eight
 * and "1_000" is a thousand: only plain digits mean what they look like.
 */
export function plainNumberProblem(text: string, max: bigint, label: string): string | null {
  if (text === "") return `${label} is empty: enter a whole number.`;
  if (/^\s|\s$/.test(text)) return `${label} must not start or end with a space.`;
  if (text.startsWith("-")) return `${label} cannot be negative.`;
  if (/^0[xX]/.test(text)) {
    return `${label} must be a plain decimal number: the bidder reads a 0x prefix as hexadecimal.`;
  }
  if (!/^\d+$/.test(text)) {
    return `${label} must contain only the digits 0–9 (no signs, decimal points, underscores or exponents).`;
  }
  if (text.length > 1 && text.startsWith("0")) {
    return `${label} must not start with 0: the bidder reads a leading 0 as octal.`;
  }
  if (BigInt(text) > max) return `${label} must be at most ${max}.`;
  return null;
}
