import type { Hex } from "viem";
import { describe, expect, it } from "vitest";
import { AT_RISK_SECONDS, classifyObligations, obligationsAt, obligationTotals, slashAmount } from "./obligations";

const BREV = 10n ** 18n;
const id = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;
const now = 1_000_000;
const terms = { slashBps: 5_000n, slashWindow: 86_400n };

describe("classifyObligations", () => {
  const held = [
    { reqid: id(1), deadline: BigInt(now + 7_200), minStake: 1_000n * BREV },
    { reqid: id(2), deadline: BigInt(now + 600), minStake: 2_000n * BREV },
    { reqid: id(3), deadline: BigInt(now - 100), minStake: 3_000n * BREV },
    { reqid: id(4), deadline: BigInt(now - 90_000), minStake: 4_000n * BREV },
  ];
  const list = classifyObligations(held, new Set([id(3), id(4)]), now, terms);

  it("sorts by deadline into on track, at risk and overdue", () => {
    expect(list.map((item) => [item.reqid, item.status])).toEqual([
      [id(4), "overdue"],
      [id(3), "overdue"],
      [id(2), "at-risk"],
      [id(1), "on-track"],
    ]);
  });

  it("gives an overdue request its slash window's end and the amount a slash takes", () => {
    const [closed, open] = list;
    expect(open).toMatchObject({ slashWindowEnd: now - 100 + 86_400, amountAtRisk: 1_500n * BREV });
    // Past its window nobody can slash it any more.
    expect(closed).toMatchObject({ slashWindowEnd: now - 90_000 + 86_400, amountAtRisk: 0n });
    expect(list[2]?.slashWindowEnd).toBeNull();
  });

  it("totals the counts and what is at risk", () => {
    expect(obligationTotals(list)).toEqual({ atRisk: 1, overdue: 2, amountAtRisk: 1_500n * BREV });
  });

  it("rounds a slash down like the market", () => {
    expect(slashAmount(3n, 5_000n)).toBe(1n);
  });
});

describe("obligationsAt", () => {
  const read = classifyObligations(
    [
      { reqid: id(1), deadline: BigInt(now + AT_RISK_SECONDS + 10), minStake: 1_000n * BREV },
      { reqid: id(2), deadline: BigInt(now + 5), minStake: 2_000n * BREV },
    ],
    new Set(),
    now,
    terms,
  );

  it("moves an item on track to at risk when its countdown reaches the hour", () => {
    expect(read.map((item) => item.status)).toEqual(["at-risk", "on-track"]);
    const later = obligationsAt(read, now + 10, terms);
    expect(later.find((item) => item.reqid === id(1))?.status).toBe("at-risk");
  });

  it("moves an item at risk to overdue once its deadline has passed, with its slash window and amount", () => {
    expect(obligationsAt(read, now + 5, terms).find((item) => item.reqid === id(2))?.status).toBe("at-risk");
    const overdue = obligationsAt(read, now + 6, terms).find((item) => item.reqid === id(2));
    expect(overdue?.status).toBe("overdue");
    expect(overdue?.slashWindowEnd).toBe(now + 5 + 86_400);
    expect(overdue?.amountAtRisk).toBe(1_000n * BREV);
  });

  it("takes the amount off once the slash window has closed", () => {
    const closed = obligationsAt(read, now + 5 + 86_401, terms).find((item) => item.reqid === id(2));
    expect(closed?.status).toBe("overdue");
    expect(closed?.amountAtRisk).toBe(0n);
  });

  it("keeps what the chain listed as overdue overdue", () => {
    const listed = classifyObligations(
      [{ reqid: id(9), deadline: BigInt(now + 100), minStake: BREV }],
      new Set([id(9)]),
      now,
      terms,
    );
    expect(obligationsAt(listed, now + 1, terms)[0]?.status).toBe("overdue");
  });
});
