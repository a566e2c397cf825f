import { expect, it } from "vitest";
import { big, num, text } from "../harness/snapshot";
import type { CleanRun } from "./clean-run";
import { lower, record } from "./compare";

/** Auction bookkeeping against MarketViewer's composite stats. */
export function marketChecks(get: () => CleanRun) {
  it("counts requests, fulfilled requests and fees as getGlobalStatsComposite does", () => {
    const { snapshot, network } = get();
    const requests = snapshot.rows("request");
    const fulfilled = requests.filter((row) => text(row, "status") === "fulfilled");
    const days = snapshot.rows("network_daily");
    expect({
      requests: requests.length,
      fulfilled: fulfilled.length,
      fees: fulfilled.reduce((sum, row) => sum + big(row, "actual_fee"), 0n).toString(),
      dailyRequests: days.reduce((sum, row) => sum + num(row, "requests"), 0),
      dailyFulfilled: days.reduce((sum, row) => sum + num(row, "fulfilled"), 0),
    }).toEqual({
      requests: Number(network.global.totalRequests),
      fulfilled: Number(network.global.totalFulfilled),
      fees: network.global.totalFees.toString(),
      dailyRequests: Number(network.global.totalRequests),
      dailyFulfilled: Number(network.global.totalFulfilled),
    });
  });

  it("has each prover's fulfilled, refunded, bids, reveals, bound stake and fees as batchGetProverStatsComposite", () => {
    const { snapshot, provers } = get();
    const line = (fulfilled: bigint, refunded: bigint, bids: bigint, reveals: bigint, bound: bigint, fees: bigint) =>
      `fulfilled=${fulfilled} refunded=${refunded} bids=${bids} reveals=${reveals} assignedStake=${bound} fees=${fees}`;
    const indexed = record(
      snapshot
        .rows("prover")
        .map((row) => [
          text(row, "address"),
          line(
            big(row, "fulfilled"),
            big(row, "failed"),
            big(row, "bids"),
            big(row, "reveals"),
            big(row, "assigned_stake"),
            big(row, "rewards_market"),
          ),
        ]),
    );
    expect(indexed).toEqual(
      record(
        provers.map((s) => [
          lower(s.prover),
          line(s.fulfilled, s.refunded, s.bids, s.reveals, s.assignedStake, s.feeReceived),
        ]),
      ),
    );
  });
}
