import { describe, expect, it } from "vitest";
import { allowanceExceedsNeed } from "./pending-approval";

describe("allowanceExceedsNeed", () => {
  it("offers a reset for any allowance when no stake is pending", () => {
    expect(allowanceExceedsNeed(1n, 0n)).toBe(true);
    expect(allowanceExceedsNeed(0n, 0n)).toBe(false);
  });

  it("keeps what a pending stake needs, and no more", () => {
    expect(allowanceExceedsNeed(5n * 10n ** 18n, 5n * 10n ** 18n)).toBe(false);
    expect(allowanceExceedsNeed(4n * 10n ** 18n, 5n * 10n ** 18n)).toBe(false);
    expect(allowanceExceedsNeed(5n * 10n ** 18n + 1n, 5n * 10n ** 18n)).toBe(true);
  });
});
