"use client";

import { useQuery } from "@tanstack/react-query";
import { type Address, maxUint256 } from "viem";
import { useConfig } from "wagmi";
import { multicall } from "wagmi/actions";
import { useRuntime } from "@/components/wallet/use-runtime";
import { MULTICALL3_ADDRESS } from "@/lib/chain/networks";
import { brevTokenAbi, multicall3Abi, stakingControllerAbi, stakingViewerAbi } from "@/lib/contracts/generated";
import { shapeLivePortfolio } from "@/lib/portfolio/live-portfolio";
import { keys } from "@/lib/query-keys";

/**
 * Everything the live portfolio shows, in ONE Multicall3 eth_call: the user's positions and
 * pending requests, every prover's vault totals and name, the unstake rules, the wallet's
 * BREV and the chain's clock. Every staking write invalidates it through `staking.all`.
 */
export function useLivePortfolio(user: Address | undefined) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const { StakingViewer: viewer, StakingController: controller, BrevToken: token } = deployment.contracts;
  return useQuery({
    queryKey: user ? keys.staking.portfolio(chainId, user) : keys.staking.all(chainId),
    enabled: Boolean(user),
    queryFn: async () => {
      const owner = user as Address;
      const [portfolio, provers, overview, minStake, maxPending, walletBalance, chainNow] = await multicall(config, {
        allowFailure: false,
        contracts: [
          { address: viewer, abi: stakingViewerAbi, functionName: "getUserPortfolio", args: [owner] },
          { address: viewer, abi: stakingViewerAbi, functionName: "getProversInfo", args: [false, 0n, maxUint256] },
          { address: viewer, abi: stakingViewerAbi, functionName: "getSystemOverview" },
          { address: controller, abi: stakingControllerAbi, functionName: "MIN_STAKE" },
          { address: controller, abi: stakingControllerAbi, functionName: "MAX_PENDING_UNSTAKES" },
          { address: token, abi: brevTokenAbi, functionName: "balanceOf", args: [owner] },
          { address: MULTICALL3_ADDRESS, abi: multicall3Abi, functionName: "getCurrentBlockTimestamp" },
        ],
      });
      return shapeLivePortfolio({
        portfolio,
        provers,
        unstakeDelay: overview.unstakeDelay,
        minSelfStake: overview.minSelfStake,
        minStake,
        maxPending,
        walletBalance,
        chainNow,
      });
    },
  });
}
