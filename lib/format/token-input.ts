import { parseUnits } from "viem";

export type ParsedAmount = { ok: true; wei: bigint } | { ok: false; error: string };

const DECIMAL = /^\d*\.?\d*$/;

/**
 * Turns what a person typed into wei, or a sentence saying what is wrong with it.
 * The only place user input becomes money.
 */
export function parseTokenInput(input: string, decimals = 18): ParsedAmount {
  const text = input.trim().replaceAll(",", "");
  if (text === "" || text === ".") return { ok: false, error: "Enter an amount." };
  if (text.startsWith("-")) return { ok: false, error: "The amount cannot be negative." };
  if (!DECIMAL.test(text)) return { ok: false, error: "The amount must be a number, like 12.5." };
  const fraction = text.split(".")[1] ?? "";
  if (fraction.length > decimals) {
    return { ok: false, error: `The amount has more than ${decimals} decimal places.` };
  }
  const wei = parseUnits(text, decimals);
  if (wei === 0n) return { ok: false, error: "The amount must be more than zero." };
  return { ok: true, wei };
}
