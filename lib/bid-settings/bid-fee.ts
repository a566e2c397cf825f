/** The bidder quotes its gas price per 10^12 cycles. */
export const CYCLES_PER_PRICE_UNIT = 10n ** 12n;

/** The fee the bidder bids for a proof of `cycles`: cycles × price / 10^12, rounded down, at least 1 wei. */
export function bidFee(cycles: bigint, proverGasPrice: bigint): bigint {
  const fee = (cycles * proverGasPrice) / CYCLES_PER_PRICE_UNIT;
  return fee === 0n ? 1n : fee;
}
