"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import { NETWORKS } from "@/lib/chain/networks";
import type { ChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { type Deployment, deploymentFor } from "@/lib/contracts/addresses";

type RuntimeContext = { runtime: ChainRuntimeConfig; chainId: number; deployment: Deployment };

const Context = createContext<RuntimeContext | null>(null);

export function RuntimeConfigProvider({ runtime, children }: { runtime: ChainRuntimeConfig; children: ReactNode }) {
  const value = useMemo(
    () => ({ runtime, chainId: NETWORKS[runtime.network].chainId, deployment: deploymentFor(runtime.network) }),
    [runtime],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The network this app serves and its contract addresses, for client components. */
export function useRuntime(): RuntimeContext {
  const value = useContext(Context);
  if (!value) throw new Error("useRuntime must be used inside WalletProviders");
  return value;
}
