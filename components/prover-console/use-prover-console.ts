"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { getPublicClient } from "wagmi/actions";
import { readProverConsole } from "@/lib/prover-console/reads";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "../wallet/use-runtime";

/** The console of the connected account, read live: two requests to the chain (see readProverConsole). */
export function useProverConsole(account: Address | undefined) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  return useQuery({
    queryKey: account ? keys.proverConsole.account(chainId, account) : keys.proverConsole.all(chainId),
    enabled: Boolean(account),
    queryFn: () => {
      const client = getPublicClient(config, { chainId });
      if (!client) throw new Error(`The app has no client for chain ${chainId}.`);
      return readProverConsole(client, deployment.contracts, account as Address);
    },
  });
}
