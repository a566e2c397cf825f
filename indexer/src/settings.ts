import { type Address, zeroAddress } from "viem";
import { readChainRuntimeConfig } from "../../lib/chain/runtime-config";
import { AddressSettingError, deploymentFor, epochRewardsAddress } from "../../lib/contracts/addresses";

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

/** The EpochRewards address to watch: the zero address, which watches nothing, when none is configured. */
function epochRewardsToWatch(deployment: ReturnType<typeof deploymentFor>, env: Record<string, string | undefined>) {
  try {
    return epochRewardsAddress(deployment, env) ?? zeroAddress;
  } catch (error) {
    if (error instanceof AddressSettingError) throw new IndexerConfigError(error.message);
    throw error;
  }
}

function startBlockFrom(value: string | undefined, fallback: bigint): number {
  if (!value?.trim()) return Number(fallback);
  if (!/^\d+$/.test(value.trim())) throw new IndexerConfigError(`INDEXER_START_BLOCK=${value} is not a block number.`);
  return Number(value.trim());
}

/**
 * Same variables as the app (`CHAIN`, `RPC_URL`), plus `DATABASE_URL` for Postgres (else PGlite
 * in `PONDER_PGLITE_DIR`), `INDEXER_START_BLOCK` and, on Base, `EPOCH_REWARDS_ADDRESS` (as the app reads it).
 */
export function readIndexerSettings(env: Record<string, string | undefined> = process.env): IndexerSettings {
  const chain = readChainRuntimeConfig(env);
  const deployment = deploymentFor(chain.network);
  const market = deployment.contracts.BrevisMarket;
  if (!market) throw new IndexerConfigError(`No BrevisMarket address is known for ${chain.network}.`);
  const epochRewards = epochRewardsToWatch(deployment, env);
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

/** How the API guards itself: who may read it from a browser, how often, and for how long. */
export type ApiSettings = {
  /** Origins a browser may read the API from; none sends no CORS headers at all. */
  appOrigins: string[];
  /** Requests carrying this key (the app's server) are not rate limited; null when none is set. */
  apiKey: string | null;
  /** Requests per client per window, beyond which a client waits for `Retry-After`. */
  rateLimit: { limit: number; windowMs: number };
  /** The header a trusted reverse proxy names the client in; null: the connection's own address. */
  clientIpHeader: string | null;
  /** A request still unanswered after this long gets a 504. */
  timeoutMs: number;
};

/** A visitor's pages read a handful of lists each: this leaves room for a busy one and stops a scraper. */
export const API_RATE_LIMIT = { limit: 600, windowMs: 60_000 } as const;
export const API_TIMEOUT_MS = 15_000;
/** The app's server waits 5 s per read (lib/indexer/client.ts) and the key is sent as a bearer token. */
export const API_KEY_MIN_LENGTH = 16;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (!value?.trim()) return fallback;
  if (!/^[1-9]\d{0,8}$/.test(value.trim()))
    throw new IndexerConfigError(`${name}=${value} is not a positive whole number.`);
  return Number(value.trim());
}

function originsFrom(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new IndexerConfigError(`APP_ORIGIN entry "${entry}" is not an origin such as https://dash.example.`);
      }
      if (url.origin === "null" || url.origin !== entry.replace(/\/$/, "")) {
        throw new IndexerConfigError(`APP_ORIGIN entry "${entry}" is not an origin such as https://dash.example.`);
      }
      return url.origin;
    });
}

/**
 * `APP_ORIGIN` (the dashboard's origins, comma-separated), `INDEXER_API_KEY` (shared with the
 * app's server), `INDEXER_RATE_LIMIT` and `INDEXER_RATE_WINDOW_MS`, `INDEXER_CLIENT_IP_HEADER`
 * (set only behind a proxy that writes it) and `INDEXER_TIMEOUT_MS`.
 */
export function readApiSettings(env: Record<string, string | undefined> = process.env): ApiSettings {
  const apiKey = env.INDEXER_API_KEY?.trim() || null;
  if (apiKey !== null && apiKey.length < API_KEY_MIN_LENGTH) {
    throw new IndexerConfigError(`INDEXER_API_KEY must be at least ${API_KEY_MIN_LENGTH} characters.`);
  }
  return {
    appOrigins: originsFrom(env.APP_ORIGIN),
    apiKey,
    rateLimit: {
      limit: positiveInteger("INDEXER_RATE_LIMIT", env.INDEXER_RATE_LIMIT, API_RATE_LIMIT.limit),
      windowMs: positiveInteger("INDEXER_RATE_WINDOW_MS", env.INDEXER_RATE_WINDOW_MS, API_RATE_LIMIT.windowMs),
    },
    clientIpHeader: env.INDEXER_CLIENT_IP_HEADER?.trim().toLowerCase() || null,
    timeoutMs: positiveInteger("INDEXER_TIMEOUT_MS", env.INDEXER_TIMEOUT_MS, API_TIMEOUT_MS),
  };
}
