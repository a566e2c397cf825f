"use client";

import { useQuery } from "@tanstack/react-query";
import { type Address, isAddressEqual, keccak256, stringToHex, zeroAddress } from "viem";
import { useConfig } from "wagmi";
import { multicall, readContract } from "wagmi/actions";
import { brevTokenAbi, stakingControllerAbi, vaultFactoryAbi } from "@/lib/contracts/generated";
import { type ShareUnits, shareUnits } from "@/lib/math/share-price";
import type { JoinFacts } from "@/lib/prover-profile/join-step";
import { keys } from "@/lib/query-keys";
import { type FirstDeposit, firstDeposit } from "@/lib/staking/vault-donation";
import { useRuntime } from "../wallet/use-runtime";

/** The controller's role constant, keccak256 of its name as the deployed contract defines it. */
const AUTHORIZED_PROVER_ROLE = keccak256(stringToHex("AUTHORIZED_PROVER_ROLE"));

export type JoinState = JoinFacts & {
  /** The account's vault once it is a prover; before, where initializeProver will deploy it. */
  vault: Address;
  iconUrl: string;
  defaultCommissionBps: number;
  shareUnits: ShareUnits;
  /** Before joining: what the first deposit gives the prover, with any BREV already at the vault's address. */
  firstDeposit?: FirstDeposit;
};

/**
 * Everything the wizard decides on, read from the chain for the account: one multicall, then the
 * factory's prediction of the vault address (the factory is found through the controller, so Base
 * needs no configured factory address) and, before the vault exists, the BREV already sent there.
 */
export function useJoinFacts(account: Address) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const { BrevToken: token, StakingController: controllerAddress } = deployment.contracts;
  const controller = { address: controllerAddress, abi: stakingControllerAbi } as const;
  const brev = { address: token, abi: brevTokenAbi } as const;
  return useQuery({
    queryKey: keys.join.facts(chainId, account),
    queryFn: async (): Promise<JoinState> => {
      const [
        info,
        minSelfStake,
        requireAuthorization,
        authorized,
        paused,
        existingVault,
        factory,
        balance,
        allowance,
        brevDecimals,
      ] = await multicall(config, {
        chainId,
        allowFailure: false,
        contracts: [
          { ...controller, functionName: "getProverInfo", args: [account] },
          { ...controller, functionName: "minSelfStake" },
          { ...controller, functionName: "requireAuthorization" },
          { ...controller, functionName: "hasRole", args: [AUTHORIZED_PROVER_ROLE, account] },
          { ...controller, functionName: "paused" },
          { ...controller, functionName: "getProverVault", args: [account] },
          { ...controller, functionName: "vaultFactory" },
          { ...brev, functionName: "balanceOf", args: [account] },
          { ...brev, functionName: "allowance", args: [account, controllerAddress] },
          { ...brev, functionName: "decimals" },
        ],
      });
      const [state, , defaultCommissionRate, , , , name, iconUrl] = info;
      const vaultDeployed = !isAddressEqual(existingVault, zeroAddress);
      const vault = vaultDeployed
        ? existingVault
        : await readContract(config, {
            chainId,
            address: factory,
            abi: vaultFactoryAbi,
            functionName: "predictVaultAddress",
            args: [token, account, controllerAddress],
          });
      // Anyone can send BREV to the vault's address before it exists; it changes the first deposit.
      const donated = vaultDeployed
        ? undefined
        : await readContract(config, { chainId, ...brev, functionName: "balanceOf", args: [vault] });
      // The vault does not exist yet, so its decimals cannot be read: the deployed ProverVault gives
      // shares its asset's decimals (OpenZeppelin's ERC-4626 without a decimals offset).
      const units = shareUnits(brevDecimals, brevDecimals);
      return {
        state,
        vaultDeployed,
        minSelfStake,
        balance,
        allowance,
        name,
        iconUrl,
        requireAuthorization,
        authorized,
        paused,
        vault,
        defaultCommissionBps: Number(defaultCommissionRate),
        shareUnits: units,
        firstDeposit: donated === undefined ? undefined : firstDeposit(minSelfStake, donated, units),
      };
    },
  });
}
