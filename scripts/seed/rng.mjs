// Seeded randomness for the scenario. Every random choice goes through a stream made here, so
// the same seed replays the same chain. Each part of the scenario takes its own stream
// (`fork("market")`), so that changing how one part draws numbers leaves the others' history
// unchanged.

/** The one seed of the whole scenario: change it to get a different, equally valid history. */
export const SEED = "provernet-devnet-2025";

/**
 * 32-bit FNV-1a hash: turns a label into a seed word.
 * @param {string} text
 */
function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A random stream: mulberry32, small and fast, plenty for a scenario (not for secrets).
 * @typedef {object} Rng
 * @property {() => number} next uniform in [0, 1)
 * @property {(min: number, max: number) => number} float uniform in [min, max)
 * @property {(min: number, max: number) => number} int integer in [min, max], both included
 * @property {(p: number) => boolean} chance true with probability p
 * @property {<T>(items: readonly T[]) => T} pick one item, uniformly
 * @property {<T>(items: readonly T[], weights: readonly number[]) => T} weighted one item, by weight
 * @property {<T>(items: readonly T[]) => T[]} shuffle a shuffled copy
 * @property {() => number} normal standard normal (Box-Muller)
 * @property {(median: number, sigma: number) => number} lognormal heavy-tailed positive value
 * @property {(bytes: number) => `0x${string}`} hex random bytes as hex
 * @property {(label: string) => Rng} fork an independent stream for a sub-part
 */

/**
 * @param {string} label
 * @returns {Rng}
 */
export function createRng(label = SEED) {
  let state = hash32(label);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** @type {Rng} */
  const rng = {
    next,
    float: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick(items) {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("rng.pick: empty list");
      return item;
    },
    weighted(items, weights) {
      const total = weights.reduce((a, b) => a + b, 0);
      let x = next() * total;
      for (let i = 0; i < items.length; i++) {
        x -= weights[i] ?? 0;
        const item = items[i];
        if (x < 0 && item !== undefined) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error("rng.weighted: empty list");
      return last;
    },
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const a = /** @type {(typeof copy)[number]} */ (copy[i]);
        copy[i] = /** @type {(typeof copy)[number]} */ (copy[j]);
        copy[j] = a;
      }
      return copy;
    },
    normal() {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    lognormal: (median, sigma) => median * Math.exp(sigma * rng.normal()),
    hex(bytes) {
      let out = "0x";
      for (let i = 0; i < bytes; i++) {
        out += Math.floor(next() * 256)
          .toString(16)
          .padStart(2, "0");
      }
      return /** @type {`0x${string}`} */ (out);
    },
    fork: (sub) => createRng(`${label}/${sub}`),
  };
  return rng;
}
