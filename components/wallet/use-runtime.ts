"use client";

import { useContext, useMemo } from "react";
import { NETWORKS } from "@/lib/chain/networks";
import type { BrowserChainConfig } from "@/lib/chain/runtime-config";
import { type Deployment, deploymentFor } from "@/lib/contracts/addresses";
import { RuntimeContext } from "./runtime-provider";

type RuntimeContextValue = { runtime: BrowserChainConfig; chainId: number; deployment: Deployment };

/** The network this app serves and its contract addresses, for client components. */
export function useRuntime(): RuntimeContextValue {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error("useRuntime must be used inside RuntimeProvider (app/layout.tsx)");
  return useMemo(
    () => ({ runtime, chainId: NETWORKS[runtime.network].chainId, deployment: deploymentFor(runtime.network) }),
    [runtime],
  );
}
