"use client";

import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { type Config, useConfig } from "wagmi";
import { multicall } from "wagmi/actions";
import { useRuntime } from "@/components/wallet/use-runtime";
import { MULTICALL3_ADDRESS } from "@/lib/chain/networks";
import { shareUnitsReads, toShareUnits } from "@/lib/chain/share-units";
import { brevTokenAbi, multicall3Abi, stakingControllerAbi, stakingViewerAbi } from "@/lib/contracts/generated";
import type { ShareUnits } from "@/lib/math/share-price";
import { shapeLivePortfolio } from "@/lib/portfolio/live-portfolio";
import { keys } from "@/lib/query-keys";

/** Each vault's share units, read once per vault and kept: a vault's decimals never change. */
async function readShareUnits(
  queryClient: QueryClient,
  config: Config,
  chainId: number,
  vaults: readonly Address[],
  asset: Address,
): Promise<Map<Address, ShareUnits>> {
  const units = await Promise.all(
    vaults.map((vault) =>
      queryClient.fetchQuery({
        queryKey: keys.vault.units(chainId, vault),
        staleTime: Number.POSITIVE_INFINITY,
        queryFn: async () =>
          toShareUnits(
            await multicall(config, { chainId, allowFailure: false, contracts: shareUnitsReads(vault, asset) }),
          ),
      }),
    ),
  );
  return new Map(vaults.map((vault, index) => [vault, units[index] as ShareUnits]));
}

/**
 * Everything the live portfolio shows, in one HTTP request: the user's positions and pending
 * requests, every listed prover's vault, name and slashing scale, the unstake rules, the wallet's
 * BREV and the chain's clock; then, the first time only, the share units of the vaults the user
 * holds. Every staking write invalidates it through `staking.all`.
 */
export function useLivePortfolio(user: Address | undefined) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const { chainId, deployment } = useRuntime();
  const { StakingViewer: viewer, StakingController: controller, BrevToken: token } = deployment.contracts;
  return useQuery({
    queryKey: user ? keys.staking.portfolio(chainId, user) : keys.staking.all(chainId),
    enabled: Boolean(user),
    queryFn: async () => {
      const owner = user as Address;
      // End 0 means "all"; the call reverts only when no prover is listed at all, and then nobody holds a position.
      const listed = multicall(config, {
        chainId,
        allowFailure: false,
        contracts: [{ address: viewer, abi: stakingViewerAbi, functionName: "getProversInfo", args: [false, 0n, 0n] }],
      }).then(
        ([infos]) => infos,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      );
      const [[portfolio, unstakeDelay, minSelfStake, maxPending, walletBalance, chainNow], provers] = await Promise.all(
        [
          multicall(config, {
            chainId,
            allowFailure: false,
            contracts: [
              { address: viewer, abi: stakingViewerAbi, functionName: "getUserPortfolio", args: [owner] },
              { address: controller, abi: stakingControllerAbi, functionName: "unstakeDelay" },
              { address: controller, abi: stakingControllerAbi, functionName: "minSelfStake" },
              { address: controller, abi: stakingControllerAbi, functionName: "MAX_PENDING_UNSTAKES" },
              { address: token, abi: brevTokenAbi, functionName: "balanceOf", args: [owner] },
              { address: MULTICALL3_ADDRESS, abi: multicall3Abi, functionName: "getCurrentBlockTimestamp" },
            ],
          }),
          listed,
        ],
      );
      if (provers instanceof Error && portfolio.stakes.length > 0) throw provers;
      const infos = provers instanceof Error ? [] : provers;
      const held = new Set(portfolio.stakes.map((stake) => stake.prover));
      const vaults = infos.filter((info) => held.has(info.prover)).map((info) => info.vault);
      return shapeLivePortfolio({
        portfolio,
        provers: infos,
        units: await readShareUnits(queryClient, config, chainId, vaults, token),
        unstakeDelay,
        minSelfStake,
        maxPending,
        walletBalance,
        chainNow,
      });
    },
  });
}
