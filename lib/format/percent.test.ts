import { describe, expect, it } from "vitest";
import { formatBps } from "./percent";

describe("formatBps", () => {
  it("writes basis points as a percentage with two decimals", () => {
    expect(formatBps(742)).toBe("7.42 %");
    expect(formatBps(5)).toBe("0.05 %");
    expect(formatBps(10_000n)).toBe("100.00 %");
    expect(formatBps(1_234_567)).toBe("12,345.67 %");
  });

  it("keeps the sign of a loss", () => {
    expect(formatBps(-450)).toBe("−4.50 %");
  });
});
