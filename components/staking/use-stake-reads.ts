"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { multicall, readContract } from "wagmi/actions";
import { brevTokenAbi, stakingControllerAbi, stakingViewerAbi } from "@/lib/contracts/generated";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "../wallet/use-runtime";

export type ProverStake = {
  state: number;
  /** BREV in the prover's vault now (what stake adds to), and its share supply. */
  vaultAssets: bigint;
  vaultShares: bigint;
  /** BREV in every vault of the network, the denominator of the concentration notice. */
  networkVaultAssets: bigint;
  minStake: bigint;
};

/** The prover's live vault, the network's total and the controller's minimum, in one multicall. */
export function useProverStake(prover: Address) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const viewer = { address: deployment.contracts.StakingViewer, abi: stakingViewerAbi } as const;
  return useQuery({
    queryKey: keys.staking.prover(chainId, prover),
    queryFn: async (): Promise<ProverStake> => {
      const [info, overview, minStake] = await multicall(config, {
        chainId,
        allowFailure: false,
        contracts: [
          { ...viewer, functionName: "getProverInfo", args: [prover] },
          { ...viewer, functionName: "getSystemOverview" },
          { address: deployment.contracts.StakingController, abi: stakingControllerAbi, functionName: "MIN_STAKE" },
        ],
      });
      return {
        state: info.state,
        vaultAssets: info.vaultAssets,
        vaultShares: info.vaultShares,
        networkVaultAssets: overview.totalVaultAssets,
        minStake,
      };
    },
  });
}

/** The account's shares in this prover's vault and what they are worth now. */
export function useStakePosition(user: Address | undefined, prover: Address) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  return useQuery({
    queryKey: user ? keys.staking.position(chainId, user, prover) : keys.staking.all(chainId),
    queryFn: async () => {
      const stake = await readContract(config, {
        chainId,
        address: deployment.contracts.StakingViewer,
        abi: stakingViewerAbi,
        functionName: "getUserStakeWithProver",
        args: [user as Address, prover],
      });
      return { shares: stake.shares, value: stake.currentValue };
    },
    enabled: Boolean(user),
  });
}

/** How much BREV the staking controller may pull from the account. */
export function useStakeAllowance(owner: Address | undefined) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const { BrevToken: token, StakingController: controller } = deployment.contracts;
  return useQuery({
    queryKey: owner ? keys.token.allowance(chainId, token, owner, controller) : keys.token.all(chainId),
    queryFn: () =>
      readContract(config, {
        chainId,
        address: token,
        abi: brevTokenAbi,
        functionName: "allowance",
        args: [owner as Address, controller],
      }),
    enabled: Boolean(owner),
  });
}

/** Shares `stake(prover, amount)` would mint now: the vault's previewDeposit, through the viewer. */
export function useStakePreview(prover: Address, amount: bigint | undefined) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  return useQuery({
    queryKey: keys.staking.preview(chainId, prover, String(amount ?? 0n)),
    queryFn: async () => {
      const [[shares]] = await readContract(config, {
        chainId,
        address: deployment.contracts.StakingViewer,
        abi: stakingViewerAbi,
        functionName: "batchPreviewStake",
        args: [[prover], [amount ?? 0n]],
      });
      return shares ?? 0n;
    },
    enabled: amount !== undefined,
    // While the next amount's preview loads, the last one stays instead of flickering away.
    placeholderData: keepPreviousData,
  });
}
