import { describe, expect, it } from "vitest";
import * as math from "./index";

describe("lib/math index", () => {
  it("re-exports the public API and nothing test-only", () => {
    expect(Object.keys(math).sort()).toEqual(
      [
        "BPS",
        "SECONDS_PER_YEAR",
        "SHARE_UNIT",
        "VAULT_DECIMALS_OFFSET",
        "WAD",
        "annualizedYieldBps",
        "bpsToPercent",
        "convertToAssets",
        "convertToShares",
        "gini",
        "hhi",
        "mulDiv",
        "nakamotoCoefficient",
        "netOfCommission",
        "ratioWad",
        "reliabilityBps",
        "sharePrice",
        "topShareBps",
        "wadToNumber",
        "wilsonLowerBound",
        "yieldBySource",
      ].sort(),
    );
  });
});
