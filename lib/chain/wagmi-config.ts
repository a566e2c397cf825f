import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import { coinbaseWallet, injectedWallet, metaMaskWallet, walletConnectWallet } from "@rainbow-me/rainbowkit/wallets";
import { createConfig, http } from "wagmi";
import { chainFor } from "./networks";
import { RPC_BATCH_LIMIT } from "./rpc-endpoint";
import type { BrowserChainConfig } from "./runtime-config";
import { walletStorage } from "./wallet-storage";

const APP_NAME = "ProverNet Dashboard";

/**
 * Injected and EIP-6963-discovered wallets always. MetaMask, Coinbase Wallet and WalletConnect
 * only with a real project id: without their extension they fall back to the WalletConnect
 * relay, which an offline demo must never dial.
 */
function walletGroups(projectId: string | null): WalletList {
  const groups: WalletList = [{ groupName: "Installed", wallets: [injectedWallet] }];
  if (projectId) {
    groups.push({ groupName: "Popular", wallets: [metaMaskWallet, coinbaseWallet, walletConnectWallet] });
  }
  return groups;
}

/** The endpoint as an absolute URL, as viem's http transport wants it. */
function absoluteEndpoint(endpoint: string): string {
  return typeof window === "undefined" ? endpoint : new URL(endpoint, window.location.origin).href;
}

export function createWagmiConfig(runtime: BrowserChainConfig) {
  const rpcUrl = absoluteEndpoint(runtime.rpcEndpoint);
  // The chain as a wallet adds it names an RPC that takes transactions; the app reads through its own.
  const chain = chainFor(runtime.network, runtime.walletRpcUrl);
  // Connectors touch window; a config made outside the browser only needs chains and transports.
  const connectors =
    typeof window === "undefined"
      ? []
      : connectorsForWallets(walletGroups(runtime.walletConnectProjectId), {
          appName: APP_NAME,
          // RainbowKit wants a string even when no WalletConnect wallet is listed.
          projectId: runtime.walletConnectProjectId ?? "offline",
        });
  return createConfig({
    chains: [chain],
    connectors,
    transports: { [chain.id]: http(rpcUrl, { batch: { batchSize: RPC_BATCH_LIMIT } }) },
    batch: { multicall: true },
    // Wallet islands render in the browser only (lazyWallet), so the config reads wagmi's
    // cookie and discovers injected wallets as it is created; `ssr: true` would redo that on
    // every island's mount and list each discovered wallet once per island.
    ssr: false,
    storage: walletStorage,
  });
}
