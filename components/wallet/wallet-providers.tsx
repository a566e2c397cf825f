"use client";

import "@rainbow-me/rainbowkit/styles.css";
import { darkTheme, lightTheme, RainbowKitProvider } from "@rainbow-me/rainbowkit";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { cookieToInitialState, WagmiProvider } from "wagmi";
import type { ChainRuntimeConfig } from "@/lib/chain/runtime-config";
import { createWagmiConfig } from "@/lib/chain/wagmi-config";
import { RuntimeConfigProvider } from "./runtime-config-context";

const ACCENT = "#6d5efc";

export function WalletProviders({
  runtime,
  cookie,
  children,
}: {
  runtime: ChainRuntimeConfig;
  /** The request's cookie header, so the first render already knows the connected account. */
  cookie: string | null;
  children: ReactNode;
}) {
  const [config] = useState(() => createWagmiConfig(runtime));
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 4_000 } } }));
  return (
    <RuntimeConfigProvider runtime={runtime}>
      <WagmiProvider config={config} initialState={cookieToInitialState(config, cookie)}>
        <QueryClientProvider client={queryClient}>
          <RainbowKitProvider
            appInfo={{ appName: "ProverNet Dashboard" }}
            theme={{
              lightMode: lightTheme({ accentColor: ACCENT, borderRadius: "medium" }),
              darkMode: darkTheme({ accentColor: ACCENT, borderRadius: "medium" }),
            }}
          >
            {children}
          </RainbowKitProvider>
        </QueryClientProvider>
      </WagmiProvider>
    </RuntimeConfigProvider>
  );
}
