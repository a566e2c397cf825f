import { BPS } from "./fixed-point";

/**
 * The market lets a prover win a request while its vault covers the request's minimum stake
 * plus `overcommitBps` of what it already holds assigned: the largest minStake it can still
 * win is what is left after that.
 */
export function largestWinnableStake(totalAssets: bigint, assignedStake: bigint, overcommitBps: bigint): bigint {
  const committed = (assignedStake * overcommitBps) / BPS;
  return totalAssets > committed ? totalAssets - committed : 0n;
}
