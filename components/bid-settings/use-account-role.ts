"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { getPublicClient } from "wagmi/actions";
import { readAccountRole } from "@/lib/prover-console/reads";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "../wallet/use-runtime";

/** The connected account's role on chain, in one multicall: the prover whose settings it may keep. */
export function useAccountRole(account: Address | undefined) {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  return useQuery({
    queryKey: keys.accountRole(chainId, account ?? "0x"),
    enabled: Boolean(account),
    queryFn: () => {
      const client = getPublicClient(config, { chainId });
      if (!client) throw new Error(`The app has no client for chain ${chainId}.`);
      return readAccountRole(client, deployment.contracts, account as Address);
    },
  });
}
