"use client";

import { useQuery } from "@tanstack/react-query";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { brevTokenAbi } from "@/lib/contracts/generated";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "./use-runtime";

/** BREV's decimals, read from the token once: amounts are never formatted with an assumed 18. */
export function useBrevDecimals() {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const token = deployment.contracts.BrevToken;
  return useQuery({
    queryKey: keys.token.decimals(chainId, token),
    queryFn: () => readContract(config, { chainId, address: token, abi: brevTokenAbi, functionName: "decimals" }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
