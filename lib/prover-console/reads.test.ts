import type { Address, Hex } from "viem";
import { zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../contracts/addresses";
import { readProverConsole, STAKER_BATCH } from "./reads";

const PROVER = "0x00000000000000000000000000000000000000a1" as Address;
const STAKER = "0x00000000000000000000000000000000000000b2" as Address;
const VAULT = "0x00000000000000000000000000000000000000c3" as Address;
const REQ = `0x${"1".padStart(64, "0")}` as Hex;
const contracts = {
  BrevToken: "0x0000000000000000000000000000000000000001",
  StakingController: "0x0000000000000000000000000000000000000002",
  StakingViewer: "0x0000000000000000000000000000000000000003",
  BrevisMarket: "0x0000000000000000000000000000000000000004",
  MarketViewer: "0x0000000000000000000000000000000000000005",
} as Deployment["contracts"];

/** What a chain with one Active prover answers, by function name. */
function answers(state: number): Record<string, unknown> {
  return {
    getCurrentBlockTimestamp: 1_000n,
    getProverInfo: state === 0 ? [0, zeroAddress, 0n, 0n, 0n, 0n, "", ""] : [state, VAULT, 500n, 7n, 2n, 1n, "P", ""],
    getStakeInfo: 50n,
    maxWithdraw: 60n,
    getCommissionRates: [[zeroAddress], [500n]],
    minSelfStake: 10n,
    unstakeDelay: 100n,
    DEACTIVATION_SCALE: 4_000n,
    MAX_PENDING_UNSTAKES: 10n,
    getProverStakers: [PROVER, STAKER],
    getStakersWithPendingUnstakes: [STAKER],
    balanceOf: 5n,
    allowance: 0n,
    assignedStake: 30n,
    overcommitBps: 500n,
    slashBps: 5_000n,
    slashWindow: 50n,
    getSubmittersForProver: [],
    getProverPendingRequests: [{ reqid: REQ, deadline: 2_000n }],
    getProverOverdueRequests: [],
    getProverStatsComposite: {
      total: { bids: 3n, reveals: 2n, feeReceived: 9n },
      recent: { bids: 1n, reveals: 1n, requestsFulfilled: 1n, requestsRefunded: 0n, feeReceived: 4n },
      recentStartAt: 500n,
      fulfilled: 1n,
      refunded: 0n,
      pendingCount: 1n,
      overdueCount: 0n,
      successRateBps: 10_000n,
    },
    statsEpochId: 1n,
    getProverStatsForStatsEpoch: [
      { bids: 1n, reveals: 1n, requestsFulfilled: 1n, requestsRefunded: 0n, lastActiveAt: 600n, feeReceived: 4n },
      500n,
      0n,
    ],
    getGlobalStatsForStatsEpoch: [{ totalRequests: 5n, totalFulfilled: 2n, totalFees: 8n }, 500n, 0n],
    getProverState: state,
    submitterToProver: zeroAddress,
    submitterConsent: zeroAddress,
    decimals: 18,
    batchGetRequests: [{ reqid: REQ, minStake: 20n }],
    getPendingUnstakes: [{ amount: 4n, requestTime: 900n, scaleSnapshot: 10_000n }],
  };
}

type FakeCall = { functionName: string; address: string; args?: readonly unknown[] };

function fakeClient(
  state: number,
  viewerInfo: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
  stakeOf?: (staker: Address) => bigint,
) {
  const calls: string[][] = [];
  const table = { ...answers(state), ...overrides };
  return {
    calls,
    client: {
      multicall: async ({ contracts: list }: { contracts: readonly FakeCall[] }) => {
        calls.push(list.map((call) => call.functionName));
        return list.map((call) => {
          if (call.functionName === "getProverInfo" && call.address === contracts.StakingViewer) {
            return state === 0
              ? { status: "failure", error: new Error("reverted") }
              : { status: "success", result: viewerInfo };
          }
          if (call.functionName === "getStakeInfo" && stakeOf) {
            return { status: "success", result: stakeOf(call.args?.[1] as Address) };
          }
          return { status: "success", result: table[call.functionName] };
        });
      },
    } as never,
  };
}

describe("readProverConsole", () => {
  it("reads a prover in two multicalls and joins the dependent answers", async () => {
    const { client, calls } = fakeClient(1, {
      vault: VAULT,
      vaultAssets: 100n,
      vaultShares: 100n,
      totalUnstaking: 4n,
      slashingScale: 10_000n,
      pendingCommission: 7n,
      numStakers: 2n,
      joinedAt: 1n,
      name: "P",
      iconUrl: "",
    });
    const { role, reads } = await readProverConsole(client, contracts, PROVER);
    expect(calls).toHaveLength(2);
    expect(role).toEqual({ kind: "prover", prover: PROVER });
    expect(reads?.market?.held).toEqual([{ reqid: REQ, deadline: 2_000n, minStake: 20n }]);
    expect(reads?.unstakes).toEqual([{ staker: STAKER, amount: 4n, requestTime: 900n, scaleSnapshot: 10_000n }]);
    expect(reads?.stakers).toEqual([
      { staker: PROVER, shares: 50n },
      { staker: STAKER, shares: 50n },
    ]);
    expect(reads?.commissionRates).toEqual([{ source: zeroAddress, rate: 500 }]);
    // Epochs 1 (current) and 0, each read in the second multicall.
    expect(calls[1]?.filter((name) => name === "getProverStatsForStatsEpoch")).toHaveLength(2);
    expect(reads?.market?.statsEpochs.map((epoch) => epoch.id)).toEqual([1n, 0n]);
    expect(reads?.market?.statsEpochs[0]).toEqual({
      id: 1n,
      startAt: 500n,
      endAt: 0n,
      bids: 1n,
      reveals: 1n,
      fulfilled: 1n,
      refunded: 0n,
      feeReceived: 4n,
      global: { requests: 5n, fulfilled: 2n, fees: 8n },
    });
  });

  it("reads every staker's shares, past the first batch, in one more multicall per batch", async () => {
    const count = STAKER_BATCH * 2 + 201;
    const stakers = Array.from(
      { length: count },
      (_, index) => `0x${(index + 1).toString(16).padStart(40, "0")}` as Address,
    );
    const last = stakers[count - 1] as Address;
    const { client, calls } = fakeClient(
      1,
      {
        vault: VAULT,
        vaultAssets: 10n ** 6n,
        vaultShares: 10n ** 6n,
        numStakers: BigInt(count),
        name: "P",
        iconUrl: "",
      },
      { getProverStakers: stakers },
      (staker) => (staker === last ? 9_999n : 1n),
    );
    const { reads } = await readProverConsole(client, contracts, PROVER);
    expect(calls).toHaveLength(4);
    expect(calls.slice(2).map((batch) => batch.length)).toEqual([STAKER_BATCH, 201]);
    expect(reads?.stakers).toHaveLength(count);
    expect(reads?.stakers.at(-1)).toEqual({ staker: last, shares: 9_999n });
  });

  it("answers an account that is no prover with one multicall and no console", async () => {
    const { client, calls } = fakeClient(0, {});
    const read = await readProverConsole(client, contracts, PROVER);
    expect(calls).toHaveLength(1);
    expect(read).toEqual({ role: { kind: "none", consentTo: null }, reads: null });
  });
});
