"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";

/**
 * A wallet component (wagmi, RainbowKit) loaded after the page has painted, so read routes do
 * not ship the wallet stack in their first-load JS; `Placeholder` holds its space meanwhile.
 * The wallet providers come in the same lazy chunk and share one connection and one query
 * cache across every island of the page.
 * Declare the result in a client module: `lazyWallet(() => import("./stake-panel"), Skeleton)`.
 */
export function lazyWallet<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  Placeholder: ComponentType,
): ComponentType<P> {
  return dynamic(
    async () => {
      const [{ default: Island }, { WalletProviders }] = await Promise.all([load(), import("./wallet-providers")]);
      // biome-ignore lint/correctness/noComponentHookFactories: dynamic() runs this loader once per island, so the component is created once.
      return function WalletIsland(props: P) {
        return (
          <WalletProviders>
            <Island {...props} />
          </WalletProviders>
        );
      };
    },
    { ssr: false, loading: () => <Placeholder /> },
  );
}
