/** 10,000 basis points = 100 %: the controller refuses a rate above it (`ControllerInvalidArg`). */
export const MAX_RATE_BPS = 10_000;

export type RateCheck = { ok: true; bps: number } | { ok: false; error: string };

const PERCENT = /^\d*\.?\d*$/;

/**
 * A commission rate typed as a percentage ("12.5", "12.5 %") into basis points, or a sentence
 * saying what is wrong: 0–100 %, in steps of 0.01 % (one basis point).
 */
export function parseRatePercent(input: string): RateCheck {
  const text = input.trim().replace(/\s*%$/, "").replace(",", ".");
  if (text === "" || text === ".") {
    return { ok: false, error: "Enter a commission rate between 0 and 100 %, for example 10." };
  }
  if (text.startsWith("-")) return { ok: false, error: "The commission rate cannot be negative." };
  if (!PERCENT.test(text)) return { ok: false, error: "The commission rate must be a number of percent, like 12.5." };
  const [whole = "", fraction = ""] = text.split(".");
  if (fraction.length > 2) {
    return {
      ok: false,
      error: "The commission rate goes in steps of 0.01 % (one basis point): use at most two decimals.",
    };
  }
  const bps = Number(whole || "0") * 100 + Number(fraction.padEnd(2, "0"));
  if (bps > MAX_RATE_BPS) return { ok: false, error: "The commission rate cannot be above 100 %." };
  return { ok: true, bps };
}
