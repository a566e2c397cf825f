import type { Address, PublicClient } from "viem";
import { NETWORKS } from "@/lib/chain/networks";
import { serverPublicClient } from "@/lib/chain/public-client";
import { ConfigError, readChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { deploymentFor } from "@/lib/contracts/addresses";
import { sessionSecret } from "../auth/session-secret";

/** What the API needs to know of its deployment. */
export type ApiConfig = {
  /** The dashboard's public origins: sign-in messages and state-changing requests must name one. */
  origins: readonly string[];
  chainId: number;
  /** BrevisMarket, which knows each prover's submitters. */
  market: Address;
  client: PublicClient;
  sessionSecret: string;
};

function parseOrigin(value: string): string {
  try {
    const url = new URL(value);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.origin === value) return value;
  } catch {}
  throw new ConfigError(`APP_ORIGIN=${value} is not an origin like https://dashboard.example (no path, no slash).`);
}

/**
 * APP_ORIGIN: where people reach the dashboard, as their browser writes it. Never the request's
 * Host header, which whoever sends the request chooses. On the devnet without it, localhost and
 * 127.0.0.1 on PORT (3000).
 */
export function appOrigins(env: Record<string, string | undefined>, devnet: boolean): string[] {
  const configured = env.APP_ORIGIN?.trim();
  if (configured) return configured.split(",").map((origin) => parseOrigin(origin.trim()));
  if (!devnet) throw new ConfigError("APP_ORIGIN is not set: sign-in needs the dashboard's public origin.");
  const port = env.PORT?.trim() || "3000";
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

/** The API's configuration from the environment, read at run time (never at build). */
export function readApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const runtime = readChainRuntimeConfig(env);
  const devnet = runtime.network === "devnet";
  const deployment = deploymentFor(runtime.network);
  const market = deployment.contracts.BrevisMarket;
  if (!market) throw new ConfigError(`The ${runtime.network} deployment has no BrevisMarket.`);
  return {
    origins: appOrigins(env, devnet),
    chainId: NETWORKS[runtime.network].chainId,
    market,
    client: serverPublicClient(runtime),
    sessionSecret: sessionSecret(env, devnet),
  };
}
