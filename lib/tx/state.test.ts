import { describe, expect, it } from "vitest";
import { describeTxState, IDLE, isBusy } from "./state";

const hash = `0x${"ab".repeat(32)}` as const;

describe("transaction state", () => {
  it("is busy only while a write is in flight", () => {
    expect(isBusy(IDLE)).toBe(false);
    expect(isBusy({ status: "simulating" })).toBe(true);
    expect(isBusy({ status: "awaiting-wallet" })).toBe(true);
    expect(isBusy({ status: "pending", hash })).toBe(true);
    expect(isBusy({ status: "confirmed", hash })).toBe(false);
    expect(isBusy({ status: "failed", reason: "no" })).toBe(false);
  });

  it("describes each step in words", () => {
    expect(describeTxState({ status: "awaiting-wallet" })).toBe("Confirm in your wallet…");
    expect(describeTxState({ status: "failed", reason: "Not enough BREV." })).toBe("Not enough BREV.");
    expect(describeTxState(IDLE)).toBe("");
  });
});
