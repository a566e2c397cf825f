import { describe, expect, it } from "vitest";
import { chainNowAt } from "./chain-clock";

describe("chainNowAt", () => {
  const anchor = { chainNow: 1_000_000, wallMs: 5_000_000 };

  it("adds whole elapsed wall seconds to the chain's time, however far the chain's clock is from the wall's", () => {
    expect(chainNowAt(anchor, 5_000_000)).toBe(1_000_000);
    expect(chainNowAt(anchor, 5_000_999)).toBe(1_000_000);
    expect(chainNowAt(anchor, 5_001_000)).toBe(1_000_001);
    expect(chainNowAt(anchor, 5_090_000)).toBe(1_000_090);
  });

  it("never runs backwards when a tick is older than the anchor", () => {
    expect(chainNowAt(anchor, 4_999_000)).toBe(1_000_000);
  });
});
