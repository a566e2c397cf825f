/**
 * At most `max` points: the first, then the last point of each of `max - 1` equal time buckets
 * after it, so the newest point is always kept. `points` are in time order.
 */
export function downsample<T extends { timestamp: bigint }>(points: readonly T[], max: number): T[] {
  const [first, ...rest] = points;
  if (!first || points.length <= max) return [...points];
  const span = (rest.at(-1)?.timestamp ?? first.timestamp) - first.timestamp + 1n;
  const buckets = new Map<bigint, T>();
  for (const point of rest) buckets.set(((point.timestamp - first.timestamp) * BigInt(max - 1)) / span, point);
  return [first, ...buckets.values()];
}
