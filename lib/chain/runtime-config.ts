import { NETWORKS, type NetworkName } from "./networks";
import { RPC_PROXY_PATH } from "./rpc-endpoint";

/** The server's chain settings. Never handed to a client component: `rpcUrl` may carry a key. */
export type ChainRuntimeConfig = {
  network: NetworkName;
  /** RPC the server reads through, and the one the app's /api/rpc forwards the browser's reads to. */
  rpcUrl: string;
  /** An RPC the operator chose to show browsers (PUBLIC_RPC_URL); null sends them through /api/rpc. */
  publicRpcUrl: string | null;
  walletConnectProjectId: string | null;
};

/**
 * What the browser learns about the chain; plain data so it crosses into client components.
 * It has no field for the server's RPC on purpose: nothing can pass `rpcUrl` along by accident.
 */
export type BrowserChainConfig = {
  network: NetworkName;
  /** Where the browser's reads go: the app's own endpoint (a path) or PUBLIC_RPC_URL. */
  rpcEndpoint: string;
  /**
   * The RPC a wallet is given when asked to add the chain: one that takes transactions, which the
   * app's read-only endpoint refuses. PUBLIC_RPC_URL, else the network's public default.
   */
  walletRpcUrl: string;
  walletConnectProjectId: string | null;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

function isNetworkName(value: string): value is NetworkName {
  return Object.hasOwn(NETWORKS, value);
}

function parseUrl(name: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("protocol");
    return value;
  } catch {
    throw new ConfigError(`${name}=${value} is not an http(s) URL.`);
  }
}

/**
 * Reads the chain settings from the environment at run time, so one build serves the
 * devnet, a test fork or Base by configuration alone.
 */
export function readChainRuntimeConfig(env: Record<string, string | undefined> = process.env): ChainRuntimeConfig {
  const networkName = env.CHAIN?.trim() || "devnet";
  if (!isNetworkName(networkName)) {
    throw new ConfigError(`CHAIN=${networkName} is not supported: use one of ${Object.keys(NETWORKS).join(", ")}.`);
  }
  const rpcUrl = parseUrl("RPC_URL", env.RPC_URL?.trim() || NETWORKS[networkName].defaultRpcUrl);
  const publicRpcUrl = env.PUBLIC_RPC_URL?.trim() ? parseUrl("PUBLIC_RPC_URL", env.PUBLIC_RPC_URL.trim()) : null;
  const walletConnectProjectId = env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID?.trim() || null;
  return { network: networkName, rpcUrl, publicRpcUrl, walletConnectProjectId };
}

/** The browser's share of the chain settings: built field by field, so nothing else rides along. */
export function browserChainConfig(runtime: ChainRuntimeConfig): BrowserChainConfig {
  return {
    network: runtime.network,
    rpcEndpoint: runtime.publicRpcUrl ?? RPC_PROXY_PATH,
    walletRpcUrl: runtime.publicRpcUrl ?? NETWORKS[runtime.network].defaultRpcUrl,
    walletConnectProjectId: runtime.walletConnectProjectId,
  };
}
