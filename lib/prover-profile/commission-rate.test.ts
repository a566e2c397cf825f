import { describe, expect, it } from "vitest";
import { parseRatePercent } from "./commission-rate";

describe("parseRatePercent", () => {
  it.each([
    ["0", 0],
    ["10", 1000],
    ["12.5", 1250],
    ["12,5", 1250],
    ["0.01", 1],
    [".5", 50],
    ["100", 10_000],
    ["100.00", 10_000],
    [" 7.42 % ", 742],
  ])("%j is %i bps", (input, bps) => {
    expect(parseRatePercent(input)).toEqual({ ok: true, bps });
  });

  it.each([
    ["", "Enter a commission rate between 0 and 100 %, for example 10."],
    ["-1", "The commission rate cannot be negative."],
    ["ten", "The commission rate must be a number of percent, like 12.5."],
    ["1e3", "The commission rate must be a number of percent, like 12.5."],
    ["0.005", "The commission rate goes in steps of 0.01 % (one basis point): use at most two decimals."],
    ["100.01", "The commission rate cannot be above 100 %."],
    ["250", "The commission rate cannot be above 100 %."],
  ])("refuses %j in words", (input, error) => {
    expect(parseRatePercent(input)).toEqual({ ok: false, error });
  });
});
