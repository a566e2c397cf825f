"use client";

import "@rainbow-me/rainbowkit/styles.css";
import { darkTheme, lightTheme, RainbowKitProvider } from "@rainbow-me/rainbowkit";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { type Config, WagmiProvider } from "wagmi";
import type { BrowserChainConfig } from "@/lib/chain/runtime-config";
import { createWagmiConfig } from "@/lib/chain/wagmi-config";
import { useRuntime } from "./use-runtime";

const ACCENT = "#6d5efc";
const THEME = {
  lightMode: lightTheme({ accentColor: ACCENT, borderRadius: "medium" }),
  darkMode: darkTheme({ accentColor: ACCENT, borderRadius: "medium" }),
};

// One connection and one cache per page: every island wraps itself in providers around these
// same instances, so a connect in the header or a write's invalidation reaches all of them.
let wagmiConfig: { key: string; config: Config } | null = null;
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 4_000 } } });

/** Compared by value: a router refresh hands the layout an equal but new runtime object. */
function sharedConfig(runtime: BrowserChainConfig): Config {
  const key = JSON.stringify(runtime);
  if (wagmiConfig?.key !== key) wagmiConfig = { key, config: createWagmiConfig(runtime) };
  return wagmiConfig.config;
}

/** wagmi, react-query and RainbowKit around one lazily loaded wallet island. */
export function WalletProviders({ children }: { children: ReactNode }) {
  const { runtime } = useRuntime();
  const config = sharedConfig(runtime);
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitProvider appInfo={{ appName: "ProverNet Dashboard" }} theme={THEME}>
          {children}
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
