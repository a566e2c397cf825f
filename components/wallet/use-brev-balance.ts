"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { brevTokenAbi } from "@/lib/contracts/generated";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "./use-runtime";

/** The BREV balance of an account, under the query key that transfers invalidate. */
export function useBrevBalance(owner: Address | undefined) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const token = deployment.contracts.BrevToken;
  return useQuery({
    queryKey: owner ? keys.token.balance(chainId, token, owner) : keys.token.all(chainId),
    queryFn: () =>
      readContract(config, { address: token, abi: brevTokenAbi, functionName: "balanceOf", args: [owner as Address] }),
    enabled: Boolean(owner),
  });
}
