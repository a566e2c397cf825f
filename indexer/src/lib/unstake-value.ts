/**
 * What a pending unstake request pays: its amount scaled by the slashes since it was made
 * (the controller's `amount × scaleNow / scaleAtRequest`, rounded down).
 */
export function unstakeValue(amount: bigint, scaleAtRequest: number, scaleNow: number): bigint {
  return (amount * BigInt(scaleNow)) / BigInt(scaleAtRequest);
}
