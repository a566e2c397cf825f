import type { Address } from "viem";
import {
  brevisMarketAbi,
  marketViewerAbi,
  proverVaultAbi,
  stakingControllerAbi,
  stakingViewerAbi,
} from "../../../lib/contracts/generated";
import { type Chain, required } from "./chain";

// Contract state at the head: the seeded devnet is pruned, so only the latest block answers
// eth_call, and the suites read it only while nothing is being mined.

export type ProverState = {
  prover: Address;
  vault: Address;
  state: number;
  totalAssets: bigint;
  totalSupply: bigint;
  sharePrice: bigint;
  holders: readonly Address[];
  pendingCommission: bigint;
  assignedStake: bigint;
  bids: bigint;
  reveals: bigint;
  fulfilled: bigint;
  refunded: bigint;
  feeReceived: bigint;
};

export async function readProverStates(chain: Chain, provers: { prover: Address; vault: Address }[]) {
  const { client, deployment } = chain;
  const controller = { address: required(deployment, "StakingController"), abi: stakingControllerAbi } as const;
  const market = { address: required(deployment, "BrevisMarket"), abi: brevisMarketAbi } as const;
  const perVault = await Promise.all(
    provers.map(async ({ prover, vault }) => {
      const contract = { address: vault, abi: proverVaultAbi } as const;
      const [totalAssets, totalSupply, sharePrice, holders, info, assignedStake] = await client.multicall({
        allowFailure: false,
        contracts: [
          { ...contract, functionName: "totalAssets" },
          { ...contract, functionName: "totalSupply" },
          { ...contract, functionName: "convertToAssets", args: [10n ** 18n] },
          { ...controller, functionName: "getProverStakers", args: [prover] },
          { ...controller, functionName: "getProverInfo", args: [prover] },
          { ...market, functionName: "assignedStake", args: [prover] },
        ],
      });
      return {
        totalAssets,
        totalSupply,
        sharePrice,
        holders,
        state: info[0],
        pendingCommission: info[3],
        assignedStake,
      };
    }),
  );
  const stats = await client.readContract({
    address: required(deployment, "MarketViewer"),
    abi: marketViewerAbi,
    functionName: "batchGetProverStatsComposite",
    args: [provers.map(({ prover }) => prover)],
  });
  return provers.map(({ prover, vault }, i): ProverState => {
    const own = perVault[i];
    const composite = stats[i];
    if (!own || !composite) throw new Error(`No state read for ${prover}.`);
    return {
      prover,
      vault,
      ...own,
      bids: composite.total.bids,
      reveals: composite.total.reveals,
      fulfilled: composite.fulfilled,
      refunded: composite.refunded,
      feeReceived: composite.total.feeReceived,
    };
  });
}

export async function readNetworkState(chain: Chain) {
  const { client, deployment } = chain;
  const controller = { address: required(deployment, "StakingController"), abi: stakingControllerAbi } as const;
  const viewer = { address: required(deployment, "StakingViewer"), abi: stakingViewerAbi } as const;
  const [overview, provers, activeProvers, totalAssets, global] = await client.multicall({
    allowFailure: false,
    contracts: [
      { ...viewer, functionName: "getSystemOverview" },
      { ...controller, functionName: "getProverCount", args: [false] },
      { ...controller, functionName: "getProverCount", args: [true] },
      { ...controller, functionName: "getTotalVaultAssets", args: [false] },
      { address: required(deployment, "MarketViewer"), abi: marketViewerAbi, functionName: "getGlobalStatsComposite" },
    ],
  });
  // totalStakers sums the provers' staker counts: a staker of two provers counts twice.
  return { stakerPositions: overview.totalStakers, provers, activeProvers, totalAssets, global: global.total };
}

export type PositionState = {
  prover: Address;
  staker: Address;
  shares: bigint;
  /** Amounts of the pending unstake requests, oldest first (StakingViewer's order). */
  pending: bigint[];
};

export async function readPositions(
  chain: Chain,
  positions: { prover: Address; vault: Address; staker: Address }[],
): Promise<PositionState[]> {
  const { client, deployment } = chain;
  const viewer = { address: required(deployment, "StakingViewer"), abi: stakingViewerAbi } as const;
  const [balances, infos] = await Promise.all([
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
        ...viewer,
        functionName: "getUserStakeWithProver" as const,
        args: [staker, prover] as const,
      })),
    }),
  ]);
  return positions.map(({ prover, staker }, i) => {
    const shares = balances[i];
    const info = infos[i];
    if (shares === undefined || !info) throw new Error(`No stake read for ${staker} with ${prover}.`);
    return { prover, staker, shares, pending: info.pendingRequests.map((request) => request.amount) };
  });
}
