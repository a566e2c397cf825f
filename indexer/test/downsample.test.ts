import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { downsample } from "./harness/downsample";

const MAX = 400;

describe("downsampling a share-price series", () => {
  it("keeps at most the bound, the first point and the newest, in time order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 10n }), { minLength: 1, maxLength: 5_000 }),
        fc.integer({ min: 2, max: MAX }),
        (times, max) => {
          const points = [...times]
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            .map((timestamp, index) => ({
              timestamp,
              index,
            }));
          const kept = downsample(points, max);
          expect(kept.length).toBeLessThanOrEqual(max);
          expect(kept[0]).toBe(points[0]);
          expect(kept.at(-1)).toBe(points.at(-1));
          const order = kept.map((point) => point.index);
          expect(order).toEqual([...order].sort((a, b) => a - b));
          if (points.length <= max) expect(kept).toEqual(points);
        },
      ),
    );
  });

  it("keeps a years-long series of one snapshot a minute to the bound", () => {
    const points = Array.from({ length: 3 * 365 * 24 * 60 }, (_, index) => ({ timestamp: BigInt(index * 60) }));
    const kept = downsample(points, MAX);
    expect(kept).toHaveLength(MAX);
    expect(kept.at(-1)).toBe(points.at(-1));
  });
});
