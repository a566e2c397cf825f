import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBps } from "./percent";

describe("formatBps", () => {
  it("writes basis points as a percentage with two decimals", () => {
    expect(formatBps(742)).toBe("7.42%");
    expect(formatBps(5)).toBe("0.05%");
    expect(formatBps(0)).toBe("0.00%");
    expect(formatBps(10_000n)).toBe("100.00%");
    expect(formatBps(1_234_567)).toBe("12,345.67%");
  });

  it("keeps the sign of a loss, with the same minus sign as amounts", () => {
    expect(formatBps(-450)).toBe("-4.50%");
    expect(formatBps(-1n)).toBe("-0.01%");
  });

  it("is exact for any whole number of basis points, however large", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (bps) => {
        const text = formatBps(bps);
        const digits = BigInt(text.replace(/[,.%]/g, ""));
        expect(digits).toBe(bps);
        expect(text).toMatch(/^-?\d{1,3}(,\d{3})*\.\d\d%$/);
        expect(formatBps(Number(bps % 1_000_000n))).toBe(formatBps(bps % 1_000_000n));
      }),
    );
  });
});
