import { describe, expect, it } from "vitest";
import { healthVerdict } from "./health";

const BREV = 10n ** 18n;
const base = {
  state: 1,
  selfStake: 5_000n * BREV,
  minSelfStake: 1_000n * BREV,
  slashingScale: 10_000n,
  deactivationScale: 4_000n,
  overdueCount: 0,
  atRiskCount: 0,
};

describe("healthVerdict", () => {
  it("is green for an Active prover with nothing at risk", () => {
    const health = healthVerdict(base);
    expect(health).toMatchObject({ tone: "good", canBePaid: true, cause: null, fix: null });
  });

  it("is amber for overdue or at-risk work and for a scale near the line", () => {
    expect(healthVerdict({ ...base, overdueCount: 2 }).tone).toBe("warn");
    expect(healthVerdict({ ...base, atRiskCount: 1 }).reasons[0]).toContain("due soon");
    expect(healthVerdict({ ...base, slashingScale: 4_500n }).reasons[0]).toContain("close to the deactivation line");
  });

  it("says a deactivated prover cannot be paid, why, and the fix", () => {
    const byOperators = healthVerdict({ ...base, state: 2 });
    expect(byOperators).toMatchObject({ tone: "bad", canBePaid: false, cause: "operators" });
    expect(byOperators.headline).toContain("cannot be paid");
    expect(byOperators.fix).toMatchObject({ action: "reactivate", topUp: 0n });

    const short = healthVerdict({ ...base, state: 2, selfStake: 400n * BREV });
    expect(short.cause).toBe("self-stake");
    expect(short.fix).toMatchObject({ action: "top-up", topUp: 600n * BREV });

    expect(healthVerdict({ ...base, state: 2, slashingScale: 3_900n }).cause).toBe("scale");
  });

  it("sends a jailed prover to the operators", () => {
    const jailed = healthVerdict({ ...base, state: 3 });
    expect(jailed).toMatchObject({ cause: "jailed", canBePaid: false });
    expect(jailed.fix?.action).toBe("operators");
  });
});
