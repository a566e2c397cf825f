"use client";

import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { type Config, useConfig } from "wagmi";
import { getPublicClient } from "wagmi/actions";
import { useRuntime } from "@/components/wallet/use-runtime";
import type { ShareUnits } from "@/lib/math/share-price";
import { readLivePortfolio, readShareUnits } from "@/lib/portfolio/read-live-portfolio";
import { keys } from "@/lib/query-keys";

/** Each vault's share units, read once per vault and kept: a vault's decimals never change. */
async function cachedShareUnits(
  queryClient: QueryClient,
  client: Parameters<typeof readShareUnits>[0],
  chainId: number,
  vaults: readonly Address[],
  asset: Address,
): Promise<Map<Address, ShareUnits>> {
  const units = await Promise.all(
    vaults.map((vault) =>
      queryClient.fetchQuery({
        queryKey: keys.vault.units(chainId, vault),
        staleTime: Number.POSITIVE_INFINITY,
        queryFn: async () => (await readShareUnits(client, [vault], asset)).get(vault) as ShareUnits,
      }),
    ),
  );
  return new Map(vaults.map((vault, index) => [vault, units[index] as ShareUnits]));
}

function clientOf(config: Config, chainId: number) {
  const client = getPublicClient(config, { chainId });
  if (!client) throw new Error(`The wallet configuration has no client for chain ${chainId}.`);
  return client;
}

/**
 * The connected account's portfolio, read live from the chain (see `readLivePortfolio`); the
 * vaults' share units are read the first time only. Every staking write invalidates it through
 * `staking.all`.
 */
export function useLivePortfolio(user: Address | undefined) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const { chainId, deployment } = useRuntime();
  return useQuery({
    queryKey: user ? keys.staking.portfolio(chainId, user) : keys.staking.all(chainId),
    enabled: Boolean(user),
    queryFn: () => {
      const client = clientOf(config, chainId);
      return readLivePortfolio(client, deployment.contracts, user as Address, (vaults) =>
        cachedShareUnits(queryClient, client, chainId, vaults, deployment.contracts.BrevToken),
      );
    },
  });
}
