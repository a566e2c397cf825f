import { describe, expect, it } from "vitest";
import type { ProofRequest } from "../indexer/schemas";
import { commissionOver, epochRewardsFor, medianFee, medianProofDelay, rewardMix } from "./history";

const row = (day: string, commission: bigint, market = 0n) => ({
  day,
  market,
  epoch: 0n,
  other: 0n,
  commission,
  toStakers: 0n,
});
const asOf = Date.UTC(2026, 0, 31, 12) / 1000;

describe("commissionOver / rewardMix", () => {
  const daily = [row("2026-01-01", 1n, 10n), row("2026-01-25", 2n, 20n), row("2026-01-31", 4n, 40n)];
  it("sums the days inside the window", () => {
    expect(commissionOver(daily, asOf, 7)).toBe(6n);
    expect(commissionOver(daily, asOf, 90)).toBe(7n);
    expect(rewardMix(daily)).toEqual({ market: 70n, epoch: 0n, other: 0n });
  });
});

function request(partial: Partial<ProofRequest>): ProofRequest {
  return {
    reqid: `0x${"0".repeat(64)}`,
    requester: "0x0000000000000000000000000000000000000001",
    status: "fulfilled",
    maxFee: 0n,
    minStake: 0n,
    createdAt: 0,
    biddingEnd: 0,
    revealEnd: 100,
    deadline: 1_000,
    bids: 1,
    reveals: 1,
    winner: null,
    winnerFee: null,
    secondPlace: null,
    secondFee: null,
    actualFee: null,
    settledAt: null,
    overdue: false,
    ...partial,
  };
}

describe("medians", () => {
  it("takes the lower middle of fulfilled requests only", () => {
    const requests = [
      request({ settledAt: 160, actualFee: 5n }),
      request({ settledAt: 130, actualFee: 3n }),
      request({ settledAt: 400, actualFee: 9n }),
      request({ settledAt: 110, actualFee: 1n }),
      request({ status: "refunded", settledAt: 999, actualFee: 100n }),
    ];
    expect(medianProofDelay(requests)).toBe(30);
    expect(medianFee(requests)).toBe(3n);
    expect(medianFee([])).toBeNull();
  });
});

describe("epochRewardsFor", () => {
  it("picks the prover's amount per epoch, 0 where it got none, newest first as given", () => {
    const prover = "0x00000000000000000000000000000000000000a1";
    const epoch = (n: number, rewards: { prover: `0x${string}`; amount: bigint }[]) => ({
      epoch: n,
      amount: 0n,
      cumulative: 0n,
      submissions: 1,
      window: null,
      setAt: n * 10,
      rewards,
    });
    const items = [epoch(3, [{ prover, amount: 7n }]), epoch(2, []), epoch(1, [{ prover, amount: 5n }])];
    expect(epochRewardsFor(items, prover, 2)).toEqual([
      { epoch: 3, setAt: 30, amount: 7n },
      { epoch: 2, setAt: 20, amount: 0n },
    ]);
  });
});
