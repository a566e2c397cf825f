import { serverPublicClient } from "@/lib/chain/public-client";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { brevTokenAbi } from "@/lib/contracts/generated";

/** BREV's decimals as the token reports them; null when the chain does not answer. */
export async function readBrevDecimals(): Promise<number | null> {
  const runtime = readChainRuntimeConfig();
  return serverPublicClient(runtime)
    .readContract({
      address: deploymentFor(runtime.network).contracts.BrevToken,
      abi: brevTokenAbi,
      functionName: "decimals",
    })
    .catch(() => null);
}
