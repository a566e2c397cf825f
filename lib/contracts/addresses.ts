import { type Address, getAddress, isAddress } from "viem";
import { z } from "zod";
import { BASE_CHAIN_ID, DEVNET_CHAIN_ID, type NetworkName } from "../chain/networks";
import deploymentFile from "./deployments.json";

/** Contracts every deployment has; the market and reward contracts join with their issues. */
const REQUIRED = ["BrevToken", "StakingController", "StakingViewer"] as const;
type RequiredContract = (typeof REQUIRED)[number];
export type ContractName =
  | RequiredContract
  | "BrevisMarket"
  | "MarketViewer"
  | "DevProofVerifier"
  | "VaultFactory"
  | "EpochRewards"
  | "DevBrevisProof"
  | "Multicall3";

export type Deployment = {
  chainId: number;
  /** First block worth indexing. */
  startBlock: bigint;
  contracts: Partial<Record<ContractName, Address>> & Record<RequiredContract, Address>;
};

/** Public addresses on Base, as documented by the network. */
const BASE_DEPLOYMENT: Deployment = {
  chainId: BASE_CHAIN_ID,
  startBlock: 0n,
  contracts: {
    BrevToken: "0x086F405146Ce90135750Bbec9A063a8B20A8bfFb",
    StakingController: "0x9c0D8C5F10f0d3A02D04556a4499964a75DBf4A3",
    StakingViewer: "0x659F4172BEd39DeDF6D3f02a0A8AD5719Eafe41F",
    BrevisMarket: "0xcCec2a9FE35b6B5F23bBF303A4e14e5895DeA127",
    MarketViewer: "0x0ED8C6e128D1Be1e521B6AcDC25b348829a4Ffd2",
  },
};

const addressSchema = z
  .string()
  .refine((value) => isAddress(value), { message: "is not an address" })
  .transform((value) => getAddress(value));

const deploymentFileSchema = z.record(
  z.string().regex(/^\d+$/, { message: "chain ids are decimal numbers" }),
  z.object({
    startBlock: z.number().int().nonnegative(),
    contracts: z
      .object({ BrevToken: addressSchema, StakingController: addressSchema, StakingViewer: addressSchema })
      .catchall(addressSchema),
  }),
);

export class DeploymentFileError extends Error {
  override name = "DeploymentFileError";
}

/**
 * Validates the deployment file written by the devnet deploy script (chain id → contracts);
 * a broken file is a plain error naming the problem, not a crash deep inside a page.
 */
export function parseDeploymentFile(raw: unknown, chainId: number): Deployment {
  const parsed = deploymentFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    throw new DeploymentFileError(
      `lib/contracts/deployments.json is broken (${where ? `${where} ` : ""}${issue?.message ?? "invalid"}): run \`npm run reset && npm start\` to regenerate it.`,
    );
  }
  const entry = parsed.data[String(chainId)];
  if (!entry) {
    throw new DeploymentFileError(
      `lib/contracts/deployments.json has no contracts for chain ${chainId}: run \`npm run reset && npm start\` to deploy them.`,
    );
  }
  return { chainId, startBlock: BigInt(entry.startBlock), contracts: entry.contracts as Deployment["contracts"] };
}

/** The one name, for the app and the indexer, of the setting that gives EpochRewards' address where the deployment publishes none (Base). */
export const EPOCH_REWARDS_ADDRESS_ENV = "EPOCH_REWARDS_ADDRESS";

export class AddressSettingError extends Error {
  override name = "AddressSettingError";
}

/**
 * EpochRewards' address: the EPOCH_REWARDS_ADDRESS setting when set, else the deployment's own;
 * undefined when neither names one. A setting that is not an address is an error naming it.
 */
export function epochRewardsAddress(
  deployment: Deployment,
  env: Record<string, string | undefined>,
): Address | undefined {
  const value = env[EPOCH_REWARDS_ADDRESS_ENV]?.trim();
  if (!value) return deployment.contracts.EpochRewards;
  const parsed = addressSchema.safeParse(value);
  if (!parsed.success) throw new AddressSettingError(`${EPOCH_REWARDS_ADDRESS_ENV}=${value} is not an address.`);
  return parsed.data;
}

/** The contracts of the configured network: Base's published addresses, or our devnet deployment. */
export function deploymentFor(network: NetworkName): Deployment {
  if (network === "base") return BASE_DEPLOYMENT;
  return parseDeploymentFile(deploymentFile, DEVNET_CHAIN_ID);
}
