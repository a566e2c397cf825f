import { type Address, BaseError, ContractFunctionZeroDataError, HttpRequestError, TimeoutError } from "viem";
import type { Deployment } from "../contracts/addresses";
import { brevTokenAbi, stakingViewerAbi } from "../contracts/generated";
import { serverPublicClient } from "./public-client";
import type { ChainRuntimeConfig } from "./runtime-config";

/**
 * The staking contract's own totals (StakingViewer.getSystemOverview): BREV in the listed
 * provers' vaults (pending unstakes not included), the listed and the Active provers, and the
 * sum of the provers' staker counts: stake positions, where a staker of two provers counts twice.
 */
export type LiveStaking = { vaultAssets: bigint; provers: bigint; activeProvers: bigint; stakePositions: bigint };

export type NetworkSnapshot =
  | {
      status: "live";
      chainId: number;
      blockNumber: bigint;
      blockTimestamp: bigint;
      brevTotalSupply: bigint;
      staking: LiveStaking;
    }
  | { status: "unreachable" }
  | { status: "not-deployed"; token: Address };

function isUnreachable(error: unknown): boolean {
  return (
    error instanceof BaseError &&
    Boolean(error.walk((cause) => cause instanceof HttpRequestError || cause instanceof TimeoutError))
  );
}

/** Live facts for the overview, read in one batched round trip; a down chain is a state, not a crash. */
export async function readNetworkSnapshot(
  runtime: ChainRuntimeConfig,
  deployment: Deployment,
): Promise<NetworkSnapshot> {
  const client = serverPublicClient(runtime);
  try {
    const [block, brevTotalSupply, overview] = await Promise.all([
      client.getBlock({ blockTag: "latest" }),
      client.readContract({ address: deployment.contracts.BrevToken, abi: brevTokenAbi, functionName: "totalSupply" }),
      client.readContract({
        address: deployment.contracts.StakingViewer,
        abi: stakingViewerAbi,
        functionName: "getSystemOverview",
      }),
    ]);
    return {
      status: "live",
      chainId: deployment.chainId,
      blockNumber: block.number,
      blockTimestamp: block.timestamp,
      brevTotalSupply,
      staking: {
        vaultAssets: overview.totalVaultAssets,
        provers: overview.totalProvers,
        activeProvers: overview.activeProvers,
        stakePositions: overview.totalStakers,
      },
    };
  } catch (error) {
    if (isUnreachable(error)) return { status: "unreachable" };
    if (error instanceof BaseError && error.walk((cause) => cause instanceof ContractFunctionZeroDataError)) {
      return { status: "not-deployed", token: deployment.contracts.BrevToken };
    }
    throw error;
  }
}
