import { describe, expect, it } from "vitest";
import { netApyBps, parseRatePercent } from "./commission";

describe("parseRatePercent", () => {
  it("reads percentages into bps", () => {
    expect(parseRatePercent("7.5")).toEqual({ ok: true, bps: 750 });
    expect(parseRatePercent(" 12,34 % ")).toEqual({ ok: true, bps: 1_234 });
    expect(parseRatePercent("0")).toEqual({ ok: true, bps: 0 });
    expect(parseRatePercent("100")).toEqual({ ok: true, bps: 10_000 });
  });

  it("refuses what the contract would, in words", () => {
    expect(parseRatePercent("100.01")).toMatchObject({ ok: false, error: expect.stringContaining("100 %") });
    expect(parseRatePercent("")).toMatchObject({ ok: false });
    expect(parseRatePercent("-1")).toMatchObject({ ok: false });
    expect(parseRatePercent("1.234")).toMatchObject({ ok: false, error: expect.stringContaining("two decimals") });
    expect(parseRatePercent("abc")).toMatchObject({ ok: false });
  });
});

describe("netApyBps", () => {
  it("takes each source's rate off its share of the gross yield", () => {
    const mix = { market: 3n, epoch: 1n, other: 0n };
    expect(netApyBps(1_000, mix, { market: 1_000, epoch: 0, other: 500 })).toBe(925);
  });

  it("uses the default rate when nothing was earned yet", () => {
    expect(netApyBps(1_000, { market: 0n, epoch: 0n, other: 0n }, { market: 0, epoch: 0, other: 2_000 })).toBe(800);
  });
});
