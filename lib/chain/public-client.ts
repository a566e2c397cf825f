import { createPublicClient, http, type PublicClient } from "viem";
import { chainFor } from "./networks";
import type { ChainRuntimeConfig } from "./runtime-config";

const clients = new Map<string, PublicClient>();

/**
 * A server-side viem client for the configured chain. Reads in one render are batched into
 * Multicall3 calls; a short timeout without retries keeps a page fast when the chain is down.
 */
export function serverPublicClient(runtime: ChainRuntimeConfig): PublicClient {
  const key = `${runtime.network}|${runtime.rpcUrl}`;
  let client = clients.get(key);
  if (!client) {
    client = createPublicClient({
      chain: chainFor(runtime.network, runtime.rpcUrl),
      transport: http(runtime.rpcUrl, { batch: true, timeout: 3_000, retryCount: 0 }),
      batch: { multicall: true },
    });
    clients.set(key, client);
  }
  return client;
}
