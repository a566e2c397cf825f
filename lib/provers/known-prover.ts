import { notFound } from "next/navigation";
import { cache } from "react";
import { type Address, zeroAddress } from "viem";
import { serverPublicClient } from "../chain/public-client";
import { readChainRuntimeConfig } from "../chain/runtime-config";
import { deploymentFor } from "../contracts/addresses";
import { stakingControllerAbi } from "../contracts/generated";

/**
 * The prover's vault from the vault factory, once per request (the layout and the page share it):
 * the zero address for one that never joined, the vault still for one that retired, undefined
 * when the chain does not answer.
 */
export const readProverVault = cache(async (prover: Address): Promise<Address | undefined> => {
  const runtime = readChainRuntimeConfig();
  const controller = deploymentFor(runtime.network).contracts.StakingController;
  return serverPublicClient(runtime)
    .readContract({ address: controller, abi: stakingControllerAbi, functionName: "getProverVault", args: [prover] })
    .catch(() => undefined);
});

/**
 * A 404 for an address that never registered as a prover, decided before the page streams (once
 * its skeleton is sent the status is 200). When the chain does not answer, the page decides.
 */
export async function requireKnownProver(prover: Address): Promise<void> {
  if ((await readProverVault(prover)) === zeroAddress) notFound();
}
