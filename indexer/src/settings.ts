import { type Address, getAddress, isAddress, zeroAddress } from "viem";
import { readChainRuntimeConfig } from "../../lib/chain/runtime-config";
import { deploymentFor } from "../../lib/contracts/addresses";

/** Everything the indexer is configured with, read once from the environment. */
export type IndexerSettings = {
  chainName: "devnet" | "base";
  chainId: number;
  rpcUrl: string;
  startBlock: number;
  contracts: {
    BrevToken: Address;
    StakingController: Address;
    BrevisMarket: Address;
    /** Base has no published EpochRewards address: the zero address watches nothing. */
    EpochRewards: Address;
  };
  database: { kind: "pglite"; directory: string } | { kind: "postgres"; connectionString: string };
};

export class IndexerConfigError extends Error {
  override name = "IndexerConfigError";
}

function optionalAddress(name: string, value: string | undefined): Address | undefined {
  if (!value?.trim()) return undefined;
  if (!isAddress(value.trim())) throw new IndexerConfigError(`${name}=${value} is not an address.`);
  return getAddress(value.trim());
}

function startBlockFrom(value: string | undefined, fallback: bigint): number {
  if (!value?.trim()) return Number(fallback);
  if (!/^\d+$/.test(value.trim())) throw new IndexerConfigError(`INDEXER_START_BLOCK=${value} is not a block number.`);
  return Number(value.trim());
}

/**
 * Same variables as the app (`CHAIN`, `RPC_URL`), plus `DATABASE_URL` for Postgres (else PGlite
 * in `PONDER_PGLITE_DIR`), `INDEXER_START_BLOCK` and, on Base, `EPOCH_REWARDS_ADDRESS`.
 */
export function readIndexerSettings(env: Record<string, string | undefined> = process.env): IndexerSettings {
  const chain = readChainRuntimeConfig(env);
  const deployment = deploymentFor(chain.network);
  const market = deployment.contracts.BrevisMarket;
  if (!market) throw new IndexerConfigError(`No BrevisMarket address is known for ${chain.network}.`);
  const epochRewards =
    optionalAddress("EPOCH_REWARDS_ADDRESS", env.EPOCH_REWARDS_ADDRESS) ??
    deployment.contracts.EpochRewards ??
    zeroAddress;
  const databaseUrl = env.DATABASE_URL?.trim();
  return {
    chainName: chain.network,
    chainId: deployment.chainId,
    rpcUrl: chain.rpcUrl,
    startBlock: startBlockFrom(env.INDEXER_START_BLOCK, deployment.startBlock),
    contracts: {
      BrevToken: deployment.contracts.BrevToken,
      StakingController: deployment.contracts.StakingController,
      BrevisMarket: market,
      EpochRewards: epochRewards,
    },
    database: databaseUrl
      ? { kind: "postgres", connectionString: databaseUrl }
      : { kind: "pglite", directory: env.PONDER_PGLITE_DIR?.trim() || ".ponder/pglite" },
  };
}
