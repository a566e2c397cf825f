import type { Address } from "viem";
import {
  AddressSettingError,
  type Deployment,
  EPOCH_REWARDS_ADDRESS_ENV,
  epochRewardsAddress,
} from "../contracts/addresses";
import { epochRewardsAbi } from "../contracts/generated";
import { serverPublicClient } from "./public-client";
import type { ChainRuntimeConfig } from "./runtime-config";

/** How many of the latest epochs the chain is asked about: its view loops over epochs × provers. */
export const DISTRIBUTABLE_EPOCHS = 52;

export type EpochFacts =
  | {
      status: "live";
      /** `getCurrentEpochInfo` at the chain's latest block. */
      current: { epoch: number; epochLength: bigint; maxReward: bigint };
      /** Set but not yet paid into the vaults (`getBatchDistributableRewards`), per prover that has any. */
      distributable: { prover: Address; epochs: number[]; amounts: bigint[]; total: bigint }[];
      /** The epochs asked about, inclusive; null when no epoch has set rewards yet. */
      range: { from: number; to: number } | null;
    }
  | { status: "unavailable"; reason: string };

/**
 * The reward contract's live view: the running epoch and what is set but not distributed for
 * `provers` in the latest epochs up to `lastSetEpoch`. A chain that does not answer, or a
 * deployment without the contract's address, is a state the page shows.
 */
export async function readEpochFacts(
  runtime: ChainRuntimeConfig,
  deployment: Deployment,
  provers: readonly Address[],
  lastSetEpoch: number | null,
  env: Record<string, string | undefined> = process.env,
): Promise<EpochFacts> {
  let address: Address | undefined;
  try {
    address = epochRewardsAddress(deployment, env);
  } catch (error) {
    if (!(error instanceof AddressSettingError)) throw error;
    return { status: "unavailable", reason: `${error.message} Live epoch figures are missing until it is fixed.` };
  }
  if (!address) {
    return {
      status: "unavailable",
      reason: `This server is not told where the reward contract is (${EPOCH_REWARDS_ADDRESS_ENV} is not set), so the running epoch and what is set but not yet distributed cannot be read live.`,
    };
  }
  const client = serverPublicClient(runtime);
  const range =
    lastSetEpoch === null ? null : { from: Math.max(1, lastSetEpoch - DISTRIBUTABLE_EPOCHS + 1), to: lastSetEpoch };
  try {
    const [[epoch, epochLength, maxReward], batches] = await Promise.all([
      client.readContract({ address, abi: epochRewardsAbi, functionName: "getCurrentEpochInfo" }),
      range && provers.length > 0
        ? client.readContract({
            address,
            abi: epochRewardsAbi,
            functionName: "getBatchDistributableRewards",
            args: [range.from, range.to, [...provers]],
          })
        : Promise.resolve([]),
    ]);
    return {
      status: "live",
      current: { epoch, epochLength, maxReward },
      distributable: batches
        .filter((batch) => batch.epochs.length > 0)
        .map((batch) => ({
          prover: batch.prover,
          epochs: [...batch.epochs],
          amounts: [...batch.amounts],
          total: batch.amounts.reduce((sum, amount) => sum + amount, 0n),
        })),
      range,
    };
  } catch {
    return { status: "unavailable", reason: "The chain did not answer; live epoch figures are missing." };
  }
}
