/** Rejects counts that cannot come from counting, so a bad query fails loudly instead of ranking a prover. */
function assertCounts(successes: number, trials: number): void {
  if (!Number.isSafeInteger(successes) || !Number.isSafeInteger(trials)) {
    throw new RangeError("wilsonLowerBound: counts must be integers");
  }
  if (successes < 0 || trials < 0) throw new RangeError("wilsonLowerBound: counts must not be negative");
  if (successes > trials) throw new RangeError("wilsonLowerBound: successes exceed trials");
}

/**
 * Lower bound of the Wilson score interval for a success rate. Ranking provers by it instead of the raw rate keeps
 * a prover with 3 of 3 proofs from outranking one with 990 of 1000: few trials mean a wide interval and a low
 * bound. `z = 1.96` is a 95% two-sided interval. A prover with no trials has shown nothing, so the bound is 0.
 * Floats are fine here: the inputs are small counts, not money.
 */
export function wilsonLowerBound(successes: number, trials: number, z = 1.96): number {
  assertCounts(successes, trials);
  // With no successes the exact bound is 0, but centre − margin would leave a rounding error either side of it.
  if (successes === 0) return 0;
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return (centre - margin) / (1 + z2 / trials);
}

/** Upper bound of the same interval: with few trials a perfect record's rate could still be far below 100 %. */
export function wilsonUpperBound(successes: number, trials: number, z = 1.96): number {
  assertCounts(successes, trials);
  if (trials === 0) return 1;
  // With every trial a success the exact bound is 1; the formula would leave a rounding error above it.
  if (successes === trials) return 1;
  return 1 - wilsonLowerBound(trials - successes, trials, z);
}

/** The Wilson lower bound in whole basis points, floored so reliability is never rounded up. */
export function reliabilityBps(successes: number, trials: number): number {
  return Math.floor(wilsonLowerBound(successes, trials) * 10_000);
}
