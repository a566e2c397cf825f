const MASK_64 = (1n << 64n) - 1n;

/**
 * A deterministic bigint generator (SplitMix64) for the property tests: the same seed always yields the same
 * cases, so a failure reproduces on every machine instead of flaking. Not for anything that needs real randomness.
 * The returned function draws a value in `[0, limit)`; it gathers 64 more bits than `limit` needs so the
 * modulo bias is negligible.
 */
export function seededRandom(seed: bigint): (limit: bigint) => bigint {
  let state = seed & MASK_64;
  const next64 = (): bigint => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK_64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
    return z ^ (z >> 31n);
  };
  return (limit) => {
    if (limit <= 0n) throw new RangeError("seededRandom: limit must be positive");
    let value = 0n;
    for (let range = 1n; range < limit << 64n; range <<= 64n) value = (value << 64n) | next64();
    return value % limit;
  };
}
