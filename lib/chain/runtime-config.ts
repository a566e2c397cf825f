import { NETWORKS, type NetworkName } from "./networks";

/** What the server tells the browser about the chain; plain data so it crosses into client components. */
export type ChainRuntimeConfig = {
  network: NetworkName;
  /** RPC the server reads through. */
  rpcUrl: string;
  /** RPC the browser reads through (may differ from the server's, e.g. behind a proxy). */
  publicRpcUrl: string;
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
  const publicRpcUrl = env.PUBLIC_RPC_URL?.trim() ? parseUrl("PUBLIC_RPC_URL", env.PUBLIC_RPC_URL.trim()) : rpcUrl;
  const walletConnectProjectId = env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID?.trim() || null;
  return { network: networkName, rpcUrl, publicRpcUrl, walletConnectProjectId };
}
