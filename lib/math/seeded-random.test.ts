import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random";

describe("seededRandom", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = seededRandom(42n);
    const b = seededRandom(42n);
    for (let i = 0; i < 20; i++) expect(a(10n ** 30n)).toBe(b(10n ** 30n));
  });

  it("differs between seeds", () => {
    expect(seededRandom(1n)(2n ** 64n)).not.toBe(seededRandom(2n)(2n ** 64n));
  });

  it("stays in [0, limit)", () => {
    const random = seededRandom(7n);
    for (let i = 0; i < 200; i++) {
      const value = random(10n);
      expect(value >= 0n && value < 10n).toBe(true);
    }
    expect(random(1n)).toBe(0n);
  });

  it("reaches values wider than 64 bits", () => {
    const random = seededRandom(3n);
    const draws = Array.from({ length: 20 }, () => random(10n ** 40n));
    expect(draws.some((value) => value >= 2n ** 64n)).toBe(true);
  });

  it("throws RangeError on a non-positive limit", () => {
    expect(() => seededRandom(1n)(0n)).toThrow(RangeError);
  });
});
