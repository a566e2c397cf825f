import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ApyVault, apyWithheld, describeApyWithheld, MIN_APY_SECONDS, MIN_APY_VAULT_TOKENS } from "./apy-rule";

const DAY = 86_400n;
const TOKEN = 10n ** 18n;
const healthy: ApyVault = {
  retired: false,
  totalAssets: 50_000n * TOKEN,
  heldInWindow: [40_000n * TOKEN, 45_000n * TOKEN],
  assetDecimals: 18,
  age: 40n * DAY,
};

describe("apyWithheld", () => {
  it("shows a rate for a vault old and large enough throughout the window", () => {
    expect(apyWithheld(healthy, 30n * DAY)).toBeNull();
  });

  it("withholds a retired prover's, whatever else holds", () => {
    expect(apyWithheld({ ...healthy, retired: true }, 7n * DAY)).toBe("retired");
  });

  it("withholds an empty vault's", () => {
    expect(apyWithheld({ ...healthy, totalAssets: 0n }, 7n * DAY)).toBe("empty");
  });

  it("withholds a window longer than the vault has lived, and a vault under a day old since it began", () => {
    expect(apyWithheld({ ...healthy, age: 30n * DAY - 1n }, 30n * DAY)).toBe("young");
    expect(apyWithheld({ ...healthy, age: 30n * DAY }, 30n * DAY)).toBeNull();
    expect(apyWithheld({ ...healthy, age: MIN_APY_SECONDS - 1n }, null)).toBe("young");
    expect(apyWithheld({ ...healthy, age: MIN_APY_SECONDS }, null)).toBeNull();
  });

  it("withholds a vault that held less than the minimum at any point of the window, in the token's own decimals", () => {
    const least = MIN_APY_VAULT_TOKENS * TOKEN;
    expect(apyWithheld({ ...healthy, heldInWindow: [least - 1n, 90_000n * TOKEN] }, 7n * DAY)).toBe("small");
    expect(apyWithheld({ ...healthy, totalAssets: least - 1n, heldInWindow: [] }, 7n * DAY)).toBe("small");
    expect(apyWithheld({ ...healthy, heldInWindow: [least] }, 7n * DAY)).toBeNull();
    // Six decimals: 10,000 tokens are 10^10 units, so 5 × 10^10 units are plenty.
    const sixDecimals = { ...healthy, assetDecimals: 6, totalAssets: 5n * 10n ** 10n, heldInWindow: [10n ** 10n] };
    expect(apyWithheld(sixDecimals, 7n * DAY)).toBeNull();
  });

  it("shows a rate exactly when no reason applies (property)", () => {
    const vault = fc.record({
      retired: fc.boolean(),
      totalAssets: fc.bigInt({ min: 0n, max: 10n ** 30n }),
      heldInWindow: fc.array(fc.bigInt({ min: 0n, max: 10n ** 30n }), { maxLength: 4 }),
      assetDecimals: fc.integer({ min: 0, max: 24 }),
      age: fc.bigInt({ min: 0n, max: 400n * DAY }),
    });
    const window = fc.option(fc.constantFrom(7n * DAY, 30n * DAY, 90n * DAY), { nil: null });
    fc.assert(
      fc.property(vault, window, (v, w) => {
        const least = MIN_APY_VAULT_TOKENS * 10n ** BigInt(v.assetDecimals);
        const ok =
          !v.retired &&
          v.totalAssets >= least &&
          v.heldInWindow.every((held) => held >= least) &&
          v.age >= (w ?? MIN_APY_SECONDS);
        expect(apyWithheld(v, w) === null).toBe(ok);
      }),
    );
  });
});

describe("describeApyWithheld", () => {
  it("says each reason in words, naming the window and the token", () => {
    expect(describeApyWithheld("young", 30, "BREV")).toBe(
      "The vault is younger than 30 days, so it has no 30-day rate yet.",
    );
    expect(describeApyWithheld("small", 7, "BREV")).toBe(
      "The vault held less than 10,000 BREV over 7 days: one reward would read as an outsized rate.",
    );
    expect(describeApyWithheld("small", null, "BREV")).toContain("since it began");
    expect(describeApyWithheld("retired", 30, "BREV")).toContain("Retired");
    expect(describeApyWithheld("empty", 30, "BREV")).toContain("empty");
  });
});
