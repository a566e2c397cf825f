import type { Deployment } from "../contracts/addresses";
import { brevisMarketAbi } from "../contracts/generated";
import { serverPublicClient } from "./public-client";
import type { ChainRuntimeConfig } from "./runtime-config";

/** The market's overcommit rule, live from chain; `null` when the chain does not answer. */
export async function readOvercommitBps(runtime: ChainRuntimeConfig, deployment: Deployment): Promise<bigint | null> {
  const market = deployment.contracts.BrevisMarket;
  if (!market) return null;
  try {
    return await serverPublicClient(runtime).readContract({
      address: market,
      abi: brevisMarketAbi,
      functionName: "overcommitBps",
    });
  } catch {
    return null;
  }
}
