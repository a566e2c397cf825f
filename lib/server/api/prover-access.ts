import { type Address, isAddressEqual } from "viem";
import { brevisMarketAbi } from "@/lib/contracts/generated";
import type { ApiConfig } from "./api-config";
import { ApiError } from "./api-env";

/**
 * Whether `account` may read and write `prover`'s bid settings: it is the prover, or the market
 * has it registered as the prover's submitter in the latest block. Asked on every request, so
 * unregistering a submitter on chain ends its access at once.
 */
export async function mayManageProver(config: ApiConfig, account: Address, prover: Address): Promise<boolean> {
  if (isAddressEqual(account, prover)) return true;
  let registeredFor: Address;
  try {
    registeredFor = await config.client.readContract({
      address: config.market,
      abi: brevisMarketAbi,
      functionName: "submitterToProver",
      args: [account],
    });
  } catch {
    throw new ApiError(503, "The chain did not answer, so who may see these settings could not be checked. Try again.");
  }
  return isAddressEqual(registeredFor, prover);
}
