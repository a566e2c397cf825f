import { describe, expect, it } from "vitest";
import { bidFee } from "./bid-fee";
import { EXAMPLE_RULE } from "./example-rule";
import type { BidSettings } from "./schema";
import {
  bidSettingsWarnings,
  gasPriceWinsNoneWarning,
  maxFeeBelowMinMaxFeeWarning,
  proveMinDurationWarning,
  vkInBothListsWarning,
} from "./warnings";

const settings = (patch: Partial<BidSettings>): BidSettings => ({ ...EXAMPLE_RULE, ...patch });
const VK = `0x${"ab".repeat(32)}`;
const DAY = 86_400n;
const TIMING = { biddingPhaseDuration: 300n, revealPhaseDuration: 600n, maxDeadlineDuration: 30n * DAY };

describe("bidFee", () => {
  it("is cycles × price / 10^12, rounded down, at least 1 wei", () => {
    expect(bidFee(2_000_000_000n, 10_000_000_000_000n)).toBe(20_000_000_000n);
    expect(bidFee(2_500_000n, 1_000_000n)).toBe(2n);
    expect(bidFee(1_999n, 1_000_000_000n)).toBe(1n);
    expect(bidFee(0n, 10n ** 30n)).toBe(1n);
  });
});

describe("vkInBothListsWarning", () => {
  it("names vks in both lists, whatever their spelling", () => {
    const both = settings({ vk_whitelist: [VK], vk_blacklist: [VK.slice(2).toUpperCase()] });
    expect(vkInBothListsWarning(both)).toEqual({
      field: "vk_whitelist",
      message: `${VK} is also in the blacklist, which the bidder checks first: it never bids for it.`,
    });
    expect(vkInBothListsWarning(settings({ vk_whitelist: [VK] }))).toBeNull();
  });
});

describe("maxFeeBelowMinMaxFeeWarning", () => {
  it("warns only below the market's minimum", () => {
    expect(maxFeeBelowMinMaxFeeWarning(settings({ max_fee: "99" }), 100n)?.field).toBe("max_fee");
    expect(maxFeeBelowMinMaxFeeWarning(settings({ max_fee: "100" }), 100n)).toBeNull();
  });
});

describe("proveMinDurationWarning", () => {
  it("warns once bidding + reveal + the duration passes the longest deadline", () => {
    const longest = 30n * DAY - 900n;
    expect(proveMinDurationWarning(settings({ prove_min_duration: String(longest) }), TIMING)).toBeNull();
    expect(proveMinDurationWarning(settings({ prove_min_duration: String(longest + 1n) }), TIMING)).toEqual({
      field: "prove_min_duration",
      message: `Minimum proving time is longer than any request can leave after bidding and reveal (${longest} s): the bidder will skip every request.`,
    });
  });
});

describe("gasPriceWinsNoneWarning", () => {
  it("warns when the replay at the rule's price won none of the requests it considered", () => {
    expect(gasPriceWinsNoneWarning({ considered: 100, won: 0 })).toEqual({
      field: "prover_gas_price",
      message:
        "At this gas price the prover would have won none of the last 100 requests of the program in the fee simulator.",
    });
    expect(gasPriceWinsNoneWarning({ considered: 100, won: 1 })).toBeNull();
    expect(gasPriceWinsNoneWarning({ considered: 0, won: 0 })).toBeNull();
  });
});

describe("bidSettingsWarnings", () => {
  it("runs the checks whose facts are known", () => {
    const risky = settings({ max_fee: "1", prove_min_duration: String(31n * DAY) });
    expect(bidSettingsWarnings(risky, {}).map((w) => w.field)).toEqual([]);
    expect(bidSettingsWarnings(risky, { minMaxFee: 2n, timing: TIMING }).map((w) => w.field)).toEqual([
      "max_fee",
      "prove_min_duration",
    ]);
    expect(bidSettingsWarnings(risky, { replay: { considered: 3, won: 0 } }).map((w) => w.field)).toEqual([
      "prover_gas_price",
    ]);
  });
});
