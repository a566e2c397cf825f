"use client";

import { createContext, type ReactNode } from "react";
import type { BrowserChainConfig } from "@/lib/chain/runtime-config";

/**
 * The browser's share of the chain settings for client components. Kept apart from `useRuntime` (which
 * resolves the deployment and pulls in its validation) so the layout ships only this.
 */
export const RuntimeContext = createContext<BrowserChainConfig | null>(null);

export function RuntimeProvider({ runtime, children }: { runtime: BrowserChainConfig; children: ReactNode }) {
  return <RuntimeContext.Provider value={runtime}>{children}</RuntimeContext.Provider>;
}
