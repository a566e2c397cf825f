import { describe, expect, it } from "vitest";
import { livePhase, type PhaseInput, phaseEndsAt, requestPhase } from "./phase";

// Bidding 300 s, reveal 300 s, created at 1,000: bidding ends 1,300, reveal 1,600, deadline 5,000.
const durations = { bidding: 300n, reveal: 300n };
const base: PhaseInput = { status: "pending", createdAt: 1_000n, deadline: 5_000n, bids: 2, winner: "0xabc" };
const at = (now: number, change: Partial<PhaseInput> = {}) =>
  requestPhase({ ...base, ...change }, durations, BigInt(now));

describe("requestPhase", () => {
  it("takes bids up to and including the bidding phase's last second, as bid() checks now > end", () => {
    expect(at(1_000, { bids: 0, winner: null })).toBe("bidding");
    expect(at(1_300, { bids: 0, winner: null })).toBe("bidding");
  });

  it("reveals from the second after bidding through the reveal phase's last second", () => {
    expect(at(1_301)).toBe("reveal");
    expect(at(1_600)).toBe("reveal");
  });

  it("is proving after the reveal phase when a bid was revealed, up to the deadline itself", () => {
    expect(at(1_601)).toBe("proving");
    expect(at(5_000)).toBe("proving");
  });

  it("is overdue from the second after the deadline until someone settles it", () => {
    expect(at(5_001)).toBe("overdue");
    expect(at(5_001, { bids: 0, winner: null })).toBe("overdue");
  });

  it("has no winner once bidding ended without a bid, or the reveal phase without a reveal: refund(), not a proof, is next", () => {
    expect(at(1_301, { bids: 0, winner: null })).toBe("unassigned");
    expect(at(1_600, { winner: null })).toBe("reveal");
    expect(at(1_601, { winner: null })).toBe("unassigned");
  });

  it("follows the durations in force when read, not those at request time", () => {
    expect(requestPhase(base, { bidding: 700n, reveal: 300n }, 1_500n)).toBe("bidding");
  });

  it("is the market's status once settled, whatever the time", () => {
    expect(at(1_100, { status: "fulfilled" })).toBe("fulfilled");
    expect(at(9_000, { status: "refunded" })).toBe("refunded");
    expect(at(9_000, { status: "slashed" })).toBe("slashed");
  });
});

describe("phaseEndsAt", () => {
  it("counts down to the end of bidding, of the reveal phase, then to the deadline", () => {
    expect(phaseEndsAt("bidding", base, durations)).toBe(1_300n);
    expect(phaseEndsAt("reveal", base, durations)).toBe(1_600n);
    expect(phaseEndsAt("proving", base, durations)).toBe(5_000n);
    expect(phaseEndsAt("unassigned", base, durations)).toBe(5_000n);
    expect(phaseEndsAt("overdue", base, durations)).toBeNull();
    expect(phaseEndsAt("fulfilled", base, durations)).toBeNull();
  });
});

describe("livePhase", () => {
  it("reads the same phase and end from plain numbers as requestPhase from bigints", () => {
    const facts = {
      status: "pending" as const,
      createdAt: 1_000,
      deadline: 5_000,
      bids: 1,
      winner: null,
      bidding: 300,
      reveal: 300,
    };
    expect(livePhase(facts, 1_200)).toEqual({ phase: "bidding", endsAt: 1_300 });
    expect(livePhase(facts, 1_601)).toEqual({ phase: "unassigned", endsAt: 5_000 });
    expect(livePhase({ ...facts, status: "fulfilled" }, 1_601)).toEqual({ phase: "fulfilled", endsAt: null });
  });
});
