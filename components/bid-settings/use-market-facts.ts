"use client";

import { useQuery } from "@tanstack/react-query";
import { useConfig } from "wagmi";
import { multicall } from "wagmi/actions";
import type { MarketFacts } from "@/lib/bid-settings/warnings";
import { brevisMarketAbi, brevTokenAbi } from "@/lib/contracts/generated";
import { keys } from "@/lib/query-keys";
import { useRuntime } from "../wallet/use-runtime";

/** The market's terms a rule is judged by: what the warnings compare, the protocol fee, the fee token's units. */
export type MarketTerms = {
  facts: MarketFacts;
  protocolFeeBps: bigint;
  fee: { decimals: number; symbol: string };
};

/**
 * The market's terms in two multicalls: its minimum request fee, phase lengths, deadline limit,
 * protocol fee and fee token, then that token's decimals and symbol (bids are in the fee token).
 */
export function useMarketFacts() {
  const config = useConfig();
  const { chainId, deployment } = useRuntime();
  const market = deployment.contracts.BrevisMarket;
  return useQuery({
    queryKey: keys.bidSettings.market(chainId),
    enabled: Boolean(market),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async (): Promise<MarketTerms> => {
      const onMarket = { address: market as NonNullable<typeof market>, abi: brevisMarketAbi } as const;
      const [minMaxFee, biddingPhaseDuration, revealPhaseDuration, maxDeadlineDuration, protocolFeeBps, feeToken] =
        await multicall(config, {
          chainId,
          allowFailure: false,
          contracts: [
            { ...onMarket, functionName: "minMaxFee" },
            { ...onMarket, functionName: "biddingPhaseDuration" },
            { ...onMarket, functionName: "revealPhaseDuration" },
            { ...onMarket, functionName: "MAX_DEADLINE_DURATION" },
            { ...onMarket, functionName: "protocolFeeBps" },
            { ...onMarket, functionName: "feeToken" },
          ],
        });
      const token = { address: feeToken, abi: brevTokenAbi } as const;
      const [decimals, symbol] = await multicall(config, {
        chainId,
        allowFailure: false,
        contracts: [
          { ...token, functionName: "decimals" },
          { ...token, functionName: "symbol" },
        ],
      });
      return {
        facts: { minMaxFee, timing: { biddingPhaseDuration, revealPhaseDuration, maxDeadlineDuration } },
        protocolFeeBps,
        fee: { decimals, symbol },
      };
    },
  });
}
