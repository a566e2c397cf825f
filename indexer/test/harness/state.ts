import type { Address } from "viem";
import {
  brevisMarketAbi,
  brevTokenAbi,
  epochRewardsAbi,
  marketViewerAbi,
  proverVaultAbi,
  stakingControllerAbi,
  stakingViewerAbi,
} from "../../../lib/contracts/generated";
import { type Chain, required } from "./chain";

// Contract state at the head: the seeded devnet is pruned, so only the latest block answers
// eth_call, and the suites read it only while nothing is being mined. Every view is called only
// with arguments that answer on Base too (retired provers are read through the controller's
// views that return zeros for them, never StakingViewer's, which reverts).

/** The market's stats as it keeps them: counts within one stats epoch, fees after the protocol fee. */
export type MarketCounts = { bids: bigint; reveals: bigint; fulfilled: bigint; refunded: bigint; feeReceived: bigint };

export type ProverState = {
  prover: Address;
  vault: Address;
  /** 0 once retired: the controller deleted it. */
  state: number;
  shareDecimals: number;
  totalAssets: bigint;
  totalSupply: bigint;
  /** convertToAssets(10^shareDecimals). */
  sharePrice: bigint;
  holders: readonly Address[];
  pendingCommission: bigint;
  pendingUnstake: bigint;
  slashingScale: bigint;
  /** getProverTotalAssets: vault assets + pending unstakes. */
  slashableAssets: bigint;
  assignedStake: bigint;
  /** MarketViewer's composite: the market's lifetime snapshot, which an idle stats epoch restarts. */
  lifetime: MarketCounts;
  overdue: bigint;
  successRateBps: bigint;
  /** getProverStatsForStatsEpoch for every stats epoch so far, by epoch id. */
  perStatsEpoch: MarketCounts[];
};

function counts(stats: {
  bids: bigint;
  reveals: bigint;
  requestsFulfilled: bigint;
  requestsRefunded: bigint;
  feeReceived: bigint;
}): MarketCounts {
  return {
    bids: stats.bids,
    reveals: stats.reveals,
    fulfilled: stats.requestsFulfilled,
    refunded: stats.requestsRefunded,
    feeReceived: stats.feeReceived,
  };
}

/** The market's current stats epoch id: every epoch up to it has stats. */
async function statsEpochId({ client, deployment }: Chain): Promise<bigint> {
  return client.readContract({
    address: required(deployment, "BrevisMarket"),
    abi: brevisMarketAbi,
    functionName: "statsEpochId",
  });
}

export async function readProverStates(chain: Chain, provers: { prover: Address; vault: Address }[]) {
  const { client, deployment } = chain;
  const controller = { address: required(deployment, "StakingController"), abi: stakingControllerAbi } as const;
  const market = { address: required(deployment, "BrevisMarket"), abi: brevisMarketAbi } as const;
  const epochs = Number(await statsEpochId(chain)) + 1;
  const perVault = await Promise.all(
    provers.map(async ({ prover, vault }) => {
      const contract = { address: vault, abi: proverVaultAbi } as const;
      const shareDecimals = await client.readContract({ ...contract, functionName: "decimals" });
      const [totalAssets, totalSupply, sharePrice, holders, info, pendingUnstake, slashingScale, slashable, assigned] =
        await client.multicall({
          allowFailure: false,
          contracts: [
            { ...contract, functionName: "totalAssets" },
            { ...contract, functionName: "totalSupply" },
            { ...contract, functionName: "convertToAssets", args: [10n ** BigInt(shareDecimals)] },
            { ...controller, functionName: "getProverStakers", args: [prover] },
            { ...controller, functionName: "getProverInfo", args: [prover] },
            { ...controller, functionName: "getProverTotalUnstaking", args: [prover] },
            { ...controller, functionName: "getProverSlashingScale", args: [prover] },
            { ...controller, functionName: "getProverTotalAssets", args: [prover] },
            { ...market, functionName: "assignedStake", args: [prover] },
          ],
        });
      const perStatsEpoch = await client.multicall({
        allowFailure: false,
        contracts: Array.from({ length: epochs }, (_, epoch) => ({
          ...market,
          functionName: "getProverStatsForStatsEpoch" as const,
          args: [prover, BigInt(epoch)] as const,
        })),
      });
      return {
        shareDecimals,
        totalAssets,
        totalSupply,
        sharePrice,
        holders,
        state: info[0],
        pendingCommission: info[3],
        pendingUnstake,
        slashingScale,
        slashableAssets: slashable,
        assignedStake: assigned,
        perStatsEpoch: perStatsEpoch.map(([stats]) => counts(stats)),
      };
    }),
  );
  const composites = await client.readContract({
    address: required(deployment, "MarketViewer"),
    abi: marketViewerAbi,
    functionName: "batchGetProverStatsComposite",
    args: [provers.map(({ prover }) => prover)],
  });
  return provers.map(({ prover, vault }, i): ProverState => {
    const own = perVault[i];
    const composite = composites[i];
    if (!own || !composite) throw new Error(`No state read for ${prover}.`);
    return {
      prover,
      vault,
      ...own,
      lifetime: counts(composite.total),
      overdue: composite.overdueCount,
      successRateBps: composite.successRateBps,
    };
  });
}

export async function readNetworkState(chain: Chain) {
  const { client, deployment } = chain;
  const controller = { address: required(deployment, "StakingController"), abi: stakingControllerAbi } as const;
  const market = { address: required(deployment, "BrevisMarket"), abi: brevisMarketAbi } as const;
  const viewer = { address: required(deployment, "StakingViewer"), abi: stakingViewerAbi } as const;
  const [overview, provers, activeProvers, totalAssets, pendingUnstake, global, bidding, reveal, tokenDecimals] =
    await client.multicall({
      allowFailure: false,
      contracts: [
        { ...viewer, functionName: "getSystemOverview" },
        { ...controller, functionName: "getProverCount", args: [false] },
        { ...controller, functionName: "getProverCount", args: [true] },
        { ...controller, functionName: "getTotalVaultAssets", args: [false] },
        { ...controller, functionName: "totalUnstaking" },
        {
          address: required(deployment, "MarketViewer"),
          abi: marketViewerAbi,
          functionName: "getGlobalStatsComposite",
        },
        { ...market, functionName: "biddingPhaseDuration" },
        { ...market, functionName: "revealPhaseDuration" },
        { address: required(deployment, "BrevToken"), abi: brevTokenAbi, functionName: "decimals" },
      ],
    });
  const epochs = Number(await statsEpochId(chain)) + 1;
  const perStatsEpoch = await client.multicall({
    allowFailure: false,
    contracts: Array.from({ length: epochs }, (_, epoch) => ({
      ...market,
      functionName: "getGlobalStatsForStatsEpoch" as const,
      args: [BigInt(epoch)] as const,
    })),
  });
  return {
    /** StakingViewer's totalStakers: Σ of the provers' staker counts (a staker of two provers counts twice). */
    stakerPositions: overview.totalStakers,
    provers,
    activeProvers,
    totalAssets,
    pendingUnstake,
    /** The market's lifetime snapshot, and its stats per stats epoch ({ stats, startAt, endAt }). */
    global: global.total,
    globalPerStatsEpoch: perStatsEpoch.map(([stats, startAt, endAt]) => ({ ...stats, startAt, endAt })),
    phases: { bidding: BigInt(bidding), reveal: BigInt(reveal) },
    /** The staked token's decimals: what a vault's assets count in. */
    tokenDecimals,
  };
}

export type PositionState = {
  prover: Address;
  staker: Address;
  shares: bigint;
  /** Amounts of the pending unstake requests as requested, oldest first (the controller's order). */
  pending: bigint[];
  /** What they pay now, slashes included (getUnstakingInfo's total). */
  pendingValue: bigint;
};

export async function readPositions(
  chain: Chain,
  positions: { prover: Address; vault: Address; staker: Address }[],
): Promise<PositionState[]> {
  const { client, deployment } = chain;
  const controller = { address: required(deployment, "StakingController"), abi: stakingControllerAbi } as const;
  const [balances, requests, unstaking] = await Promise.all([
    client.multicall({
      allowFailure: false,
      contracts: positions.map(({ vault, staker }) => ({
        address: vault,
        abi: proverVaultAbi,
        functionName: "balanceOf" as const,
        args: [staker] as const,
      })),
    }),
    client.multicall({
      allowFailure: false,
      contracts: positions.map(({ prover, staker }) => ({
        ...controller,
        functionName: "getPendingUnstakes" as const,
        args: [prover, staker] as const,
      })),
    }),
    client.multicall({
      allowFailure: false,
      contracts: positions.map(({ prover, staker }) => ({
        ...controller,
        functionName: "getUnstakingInfo" as const,
        args: [prover, staker] as const,
      })),
    }),
  ]);
  return positions.map(({ prover, staker }, i) => {
    const shares = balances[i];
    const pending = requests[i];
    const info = unstaking[i];
    if (shares === undefined || !pending || !info) throw new Error(`No stake read for ${staker} with ${prover}.`);
    return { prover, staker, shares, pending: pending.map((request) => request.amount), pendingValue: info[0] };
  });
}

/** Each epoch's window under the schedule in force now (EpochRewards' getEpochInfoByEpochNumber). */
export async function readEpochWindows(chain: Chain, epochs: readonly number[]) {
  const infos = await chain.client.multicall({
    allowFailure: false,
    contracts: epochs.map((epoch) => ({
      address: required(chain.deployment, "EpochRewards"),
      abi: epochRewardsAbi,
      functionName: "getEpochInfoByEpochNumber" as const,
      args: [epoch] as const,
    })),
  });
  return new Map(
    epochs.map((epoch, i) => [
      epoch,
      { startsAt: infos[i]?.[0], endsAt: (infos[i]?.[0] ?? 0n) + (infos[i]?.[1] ?? 0n) },
    ]),
  );
}

/** A request as the market keeps it: when it was made and who won at which fees. */
export async function readRequest(chain: Chain, reqid: `0x${string}`) {
  const market = { address: required(chain.deployment, "BrevisMarket"), abi: brevisMarketAbi } as const;
  const [request, bidders] = await chain.client.multicall({
    allowFailure: false,
    contracts: [
      { ...market, functionName: "getRequest", args: [reqid] },
      { ...market, functionName: "getBidders", args: [reqid] },
    ],
  });
  return {
    status: request[0],
    createdAt: BigInt(request[1]),
    deadline: BigInt(request[5]),
    winner: bidders[0],
    winnerFee: bidders[1],
    second: bidders[2],
    secondFee: bidders[3],
  };
}
