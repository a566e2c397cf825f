import { notFound } from "next/navigation";
import { type Address, zeroAddress } from "viem";
import { serverPublicClient } from "../chain/public-client";
import { readChainRuntimeConfig } from "../chain/runtime-config";
import { deploymentFor } from "../contracts/addresses";
import { stakingControllerAbi } from "../contracts/generated";

/**
 * A 404 for an address that never registered as a prover, decided before the page streams (once
 * its skeleton is sent the status is 200). When the chain does not answer, the page decides.
 */
export async function requireKnownProver(prover: Address): Promise<void> {
  const runtime = readChainRuntimeConfig();
  const controller = deploymentFor(runtime.network).contracts.StakingController;
  const vault = await serverPublicClient(runtime)
    .readContract({ address: controller, abi: stakingControllerAbi, functionName: "getProverVault", args: [prover] })
    .catch(() => undefined);
  if (vault === zeroAddress) notFound();
}
