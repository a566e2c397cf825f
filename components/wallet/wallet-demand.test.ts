import { describe, expect, it } from "vitest";
import { requestWallet, takeModalRequest } from "./wallet-demand";

describe("wallet demand", () => {
  it("hands a click's connect-modal request to exactly one island", () => {
    expect(takeModalRequest(), "nothing asked yet").toBe(false);
    requestWallet();
    expect(takeModalRequest()).toBe(true);
    expect(takeModalRequest(), "already taken").toBe(false);
  });
});
