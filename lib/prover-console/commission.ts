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
