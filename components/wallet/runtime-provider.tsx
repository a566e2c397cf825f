"use client";

import { createContext, type ReactNode } from "react";
import type { ChainRuntimeConfig } from "@/lib/chain/runtime-config";

/**
 * The server's chain settings for client components. Kept apart from `useRuntime` (which
 * resolves the deployment and pulls in its validation) so the layout ships only this.
 */
export const RuntimeContext = createContext<ChainRuntimeConfig | null>(null);

export function RuntimeProvider({ runtime, children }: { runtime: ChainRuntimeConfig; children: ReactNode }) {
  return <RuntimeContext.Provider value={runtime}>{children}</RuntimeContext.Provider>;
}
