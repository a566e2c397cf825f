"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { proverVaultAbi, stakingControllerAbi } from "@/lib/contracts/generated";
import { createIndexerClient } from "@/lib/indexer/client";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "../wallet/use-runtime";

/** The indexer as the browser reaches it: through the app's API, which keeps the indexer's address to itself. */
const indexer = createIndexerClient("/api/indexer", { timeoutMs: 20_000 });

/** The programs the market has had requests for, most recently requested first (the first hundred). */
export function usePrograms() {
  const { chainId } = useRuntime();
  return useQuery({ queryKey: keys.market.programs(chainId), queryFn: () => indexer.programs({ limit: 100 }) });
}

/** A program's latest `limit` auctions whose reveal phase is over, with every revealed bid. */
export function useProgramAuctions(vk: string | null, limit: number) {
  const { chainId } = useRuntime();
  return useQuery({
    queryKey: keys.market.auctions(chainId, vk ?? "", limit),
    enabled: vk !== null,
    queryFn: () => indexer.programAuctions(vk as string, { limit }),
  });
}

/** The prover's vault assets now: what the market checks a request's minStake against when it takes a bid. */
export function useVaultAssets(prover: Address) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  return useQuery({
    queryKey: keys.market.vaultAssets(chainId, prover),
    queryFn: async () => {
      const vault = await readContract(config, {
        chainId,
        address: deployment.contracts.StakingController,
        abi: stakingControllerAbi,
        functionName: "getProverVault",
        args: [prover],
      });
      return readContract(config, { chainId, address: vault, abi: proverVaultAbi, functionName: "totalAssets" });
    },
  });
}
