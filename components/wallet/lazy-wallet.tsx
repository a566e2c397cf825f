"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";

/**
 * A wallet component (wagmi, RainbowKit) loaded after the page has painted, so read routes do
 * not ship the wallet stack in their first-load JS; `Placeholder` holds its space meanwhile.
 * Declare the result in a client module: `lazyWallet(() => import("./stake-panel"), Skeleton)`.
 */
export function lazyWallet<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  Placeholder: ComponentType,
): ComponentType<P> {
  return dynamic(load, { ssr: false, loading: () => <Placeholder /> });
}
