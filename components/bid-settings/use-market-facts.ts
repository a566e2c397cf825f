"use client";

import { useQuery } from "@tanstack/react-query";
import { useConfig } from "wagmi";
import { readContracts } from "wagmi/actions";
import type { MarketFacts } from "@/lib/bid-settings/warnings";
import { brevisMarketAbi, brevTokenAbi } from "@/lib/contracts/generated";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "../wallet/use-runtime";

export type RuleMarket = { facts: MarketFacts; decimals: number };

/**
 * What the warnings compare a rule against, in one multicall: the market's minimum request fee,
 * its phase lengths and deadline limit, and BREV's decimals for the amount hints.
 */
export function useMarketFacts() {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const market = deployment.contracts.BrevisMarket;
  return useQuery({
    queryKey: keys.bidSettings.market(chainId),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async (): Promise<RuleMarket> => {
      const token = { address: deployment.contracts.BrevToken, abi: brevTokenAbi } as const;
      if (!market) {
        const [decimals] = await readContracts(config, {
          allowFailure: false,
          contracts: [{ ...token, functionName: "decimals" }],
        });
        return { facts: {}, decimals };
      }
      const onMarket = { address: market, abi: brevisMarketAbi } as const;
      const [decimals, minMaxFee, biddingPhaseDuration, revealPhaseDuration, maxDeadlineDuration] = await readContracts(
        config,
        {
          allowFailure: false,
          contracts: [
            { ...token, functionName: "decimals" },
            { ...onMarket, functionName: "minMaxFee" },
            { ...onMarket, functionName: "biddingPhaseDuration" },
            { ...onMarket, functionName: "revealPhaseDuration" },
            { ...onMarket, functionName: "MAX_DEADLINE_DURATION" },
          ],
        },
      );
      return {
        decimals,
        facts: { minMaxFee, timing: { biddingPhaseDuration, revealPhaseDuration, maxDeadlineDuration } },
      };
    },
  });
}
