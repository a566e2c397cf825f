import { BPS } from "../math/fixed-point";

export type RateCheck = { ok: true; bps: number } | { ok: false; error: string };

/** A commission rate typed as a percentage ("7.5" → 750 bps): 0 to 100 %, at most two decimals. */
export function parseRatePercent(input: string): RateCheck {
  const text = input.trim().replace(/\s*%$/, "");
  if (text === "") return { ok: false, error: "Enter a rate between 0 % and 100 %." };
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) {
    return { ok: false, error: "Enter the rate as a percentage with at most two decimals, like 7.5." };
  }
  const bps = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (bps > Number(BPS)) return { ok: false, error: "A commission cannot be more than 100 %." };
  return { ok: true, bps };
}

export type RewardMix = { market: bigint; epoch: bigint; other: bigint };
export type SourceRates = { market: number; epoch: number; other: number };

/**
 * Stakers' net yield at other commission rates: the gross yield split by where the rewards came
 * from, each part less its source's rate. With no rewards yet, the default rate alone decides.
 */
export function netApyBps(grossBps: number, mix: RewardMix, rates: SourceRates): number {
  const total = mix.market + mix.epoch + mix.other;
  if (total === 0n) return Math.floor((grossBps * (10_000 - rates.other)) / 10_000);
  const keep = (amount: bigint, rate: number) => Number(amount) * (10_000 - rate);
  const kept = keep(mix.market, rates.market) + keep(mix.epoch, rates.epoch) + keep(mix.other, rates.other);
  return Math.floor((grossBps * kept) / (Number(total) * 10_000));
}
