import { describe, expect, it } from "vitest";
import { netApyBps } from "./commission";

describe("netApyBps", () => {
  it("takes each source's rate off its share of the gross yield", () => {
    const mix = { market: 3n, epoch: 1n, other: 0n };
    expect(netApyBps(1_000, mix, { market: 1_000, epoch: 0, other: 500 })).toBe(925);
  });

  it("uses the default rate when nothing was earned yet", () => {
    expect(netApyBps(1_000, { market: 0n, epoch: 0n, other: 0n }, { market: 0, epoch: 0, other: 2_000 })).toBe(800);
  });
});
