import { describe, expect, it } from "vitest";
import { parseTokenInput } from "./token-input";

describe("parseTokenInput", () => {
  it("parses decimals exactly", () => {
    expect(parseTokenInput("12.5")).toEqual({ ok: true, wei: 12_500_000_000_000_000_000n });
    expect(parseTokenInput(" 1,000 ")).toEqual({ ok: true, wei: 1_000n * 10n ** 18n });
    expect(parseTokenInput("0.000000000000000001")).toEqual({ ok: true, wei: 1n });
  });

  it.each([
    ["", "Enter an amount."],
    [".", "Enter an amount."],
    ["-1", "The amount cannot be negative."],
    ["1e18", "The amount must be a number, like 12.5."],
    ["abc", "The amount must be a number, like 12.5."],
    ["1.2.3", "The amount must be a number, like 12.5."],
    ["0.0000000000000000001", "The amount has more than 18 decimal places."],
    ["0", "The amount must be more than zero."],
  ])("rejects %j in plain words", (input, error) => {
    expect(parseTokenInput(input)).toEqual({ ok: false, error });
  });
});
