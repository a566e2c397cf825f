"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { multicall, readContract } from "wagmi/actions";
import { shareUnitsReads, toShareUnits } from "@/lib/chain/share-units";
import { brevTokenAbi, proverVaultAbi, stakingControllerAbi, stakingViewerAbi } from "@/lib/contracts/generated";
import type { ShareUnits } from "@/lib/math/share-price";
import { keys } from "@/lib/query-keys";
import type { StakePreview } from "@/lib/staking/stake-preview";
import { useRuntime } from "../wallet/use-runtime";

export type ProverStake = {
  state: number;
  /** BREV in the prover's vault now (what stake adds to, pending unstakes not included), and its share supply. */
  vaultAssets: bigint;
  vaultShares: bigint;
  /** BREV in every listed prover's vault, the denominator of the concentration notice. */
  networkVaultAssets: bigint;
  /** The vault's share decimals and offset, read from it. */
  units: ShareUnits;
};

/**
 * The prover's state, its vault and the network's vault total, in one multicall. Only calls that
 * answer for any prover (a retired one included): the viewer's getProverInfo reverts for those.
 */
export function useProverStake(prover: Address, vault: Address) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const controller = { address: deployment.contracts.StakingController, abi: stakingControllerAbi } as const;
  const vaultContract = { address: vault, abi: proverVaultAbi } as const;
  return useQuery({
    queryKey: keys.staking.prover(chainId, prover),
    queryFn: async (): Promise<ProverStake> => {
      const [state, vaultAssets, vaultShares, networkVaultAssets, shareDecimals, assetDecimals] = await multicall(
        config,
        {
          chainId,
          allowFailure: false,
          contracts: [
            { ...controller, functionName: "getProverState", args: [prover] },
            { ...vaultContract, functionName: "totalAssets" },
            { ...vaultContract, functionName: "totalSupply" },
            { ...controller, functionName: "getTotalVaultAssets", args: [false] },
            ...shareUnitsReads(vault, deployment.contracts.BrevToken),
          ],
        },
      );
      return {
        state,
        vaultAssets,
        vaultShares,
        networkVaultAssets,
        units: toShareUnits([shareDecimals, assetDecimals]),
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

/**
 * What `stake(prover, amount)` would mint now: the vault's own previewDeposit, with the totals it
 * was computed from, read in one call so the check against an inflated share price is consistent.
 */
export function useStakePreview(prover: Address, vault: Address, amount: bigint | undefined) {
  const config = useConfig();
  const { chainId } = useRuntime();
  const vaultContract = { address: vault, abi: proverVaultAbi } as const;
  return useQuery({
    queryKey: keys.staking.preview(chainId, prover, String(amount ?? 0n)),
    queryFn: async (): Promise<StakePreview> => {
      const value = amount ?? 0n;
      const [shares, vaultAssets, vaultShares] = await multicall(config, {
        chainId,
        allowFailure: false,
        contracts: [
          { ...vaultContract, functionName: "previewDeposit", args: [value] },
          { ...vaultContract, functionName: "totalAssets" },
          { ...vaultContract, functionName: "totalSupply" },
        ],
      });
      return { amount: value, shares, vaultAssets, vaultShares };
    },
    enabled: amount !== undefined,
    // While the next amount's preview loads, the last one stays instead of flickering away.
    placeholderData: keepPreviousData,
  });
}
