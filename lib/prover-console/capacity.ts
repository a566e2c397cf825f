import { largestWinnableStake } from "../math/capacity";
import { BPS, mulDiv } from "../math/fixed-point";

export type Capacity = {
  vaultAssets: bigint;
  /** Σ minStake of the requests it holds as winner: the market's assignedStake. */
  bound: bigint;
  free: bigint;
  /** What the market keeps aside on top of a new request's minStake: bound × overcommitBps. */
  overcommitReserve: bigint;
  /** The largest minStake it can still win now; null while it is not Active (it can win nothing). */
  winnable: bigint | null;
};

/** The eligibility rule at bid and reveal: Active, and vault assets ≥ minStake + bound × overcommitBps / 10,000. */
export function proverCapacity(input: {
  active: boolean;
  vaultAssets: bigint;
  assignedStake: bigint;
  overcommitBps: bigint;
}): Capacity {
  const { vaultAssets, assignedStake: bound } = input;
  return {
    vaultAssets,
    bound,
    free: vaultAssets > bound ? vaultAssets - bound : 0n,
    overcommitReserve: mulDiv(bound, input.overcommitBps, BPS),
    winnable: input.active ? largestWinnableStake(vaultAssets, bound, input.overcommitBps) : null,
  };
}

/** How many of the market's recent requests asked for a minStake the prover can serve now. */
export function servableShare(minStakes: readonly bigint[], winnable: bigint | null) {
  const servable = winnable === null ? 0 : minStakes.filter((minStake) => minStake <= winnable).length;
  return { servable, total: minStakes.length };
}

export type MinStakeBucket = { from: bigint; count: number; servable: boolean };

/**
 * The market's recent requests by minimum stake, smallest first: one bucket per distinct value,
 * the largest values merged into the last bucket beyond `maxBuckets` (it starts at its smallest
 * value and is servable only when all of it is).
 */
export function minStakeBuckets(
  minStakes: readonly bigint[],
  winnable: bigint | null,
  maxBuckets = 6,
): MinStakeBucket[] {
  const counts = new Map<bigint, number>();
  for (const value of minStakes) counts.set(value, (counts.get(value) ?? 0) + 1);
  const values = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const can = (value: bigint) => winnable !== null && value <= winnable;
  const buckets = values
    .slice(0, maxBuckets - 1)
    .map((from) => ({ from, count: counts.get(from) ?? 0, servable: can(from) }));
  const rest = values.slice(maxBuckets - 1);
  const [first] = rest;
  if (first !== undefined) {
    buckets.push({
      from: first,
      count: rest.reduce((sum, value) => sum + (counts.get(value) ?? 0), 0),
      servable: rest.every(can),
    });
  }
  return buckets;
}
