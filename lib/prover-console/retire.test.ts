import { describe, expect, it } from "vitest";
import { retireChecks, retireConfirmed } from "./retire";

describe("retireChecks", () => {
  it("allows retiring only with no stakers, no pending unstakes and no commission", () => {
    expect(retireChecks({ stakers: 0n, pendingUnstakes: 0n, pendingCommission: 0n }).allowed).toBe(true);
    const blocked = retireChecks({ stakers: 1n, pendingUnstakes: 5n, pendingCommission: 0n });
    expect(blocked.allowed).toBe(false);
    expect(blocked.checks.filter((check) => !check.met).map((check) => check.key)).toEqual(["stakers", "unstakes"]);
  });
});

describe("retireConfirmed", () => {
  it("needs the prover's own address, in any case", () => {
    const prover = "0xAbC0000000000000000000000000000000000001";
    expect(retireConfirmed(` ${prover.toLowerCase()} `, prover)).toBe(true);
    expect(retireConfirmed("retire", prover)).toBe(false);
  });
});
