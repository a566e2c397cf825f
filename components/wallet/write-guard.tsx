"use client";

import { useConnectModal } from "@rainbow-me/rainbowkit";
import type { ReactNode } from "react";
import { useAccount, useSwitchChain } from "wagmi";
import { NETWORKS } from "@/lib/chain/networks";
import { describeTxError } from "@/lib/contracts/errors";
import { useRuntime } from "./runtime-config-context";

const BUTTON =
  "w-full rounded-lg bg-accent px-4 py-2 font-medium text-sm text-white hover:bg-accent/90 disabled:cursor-not-allowed disabled:opacity-60";

/**
 * Shows its write buttons only to a connected wallet on the app's network: otherwise a connect
 * button, or a switch prompt in their place, so no write can start on the wrong chain.
 */
export function WriteGuard({ action, children }: { action: string; children: ReactNode }) {
  const { isConnected, chainId: walletChainId } = useAccount();
  const { chainId, runtime } = useRuntime();
  const { openConnectModal } = useConnectModal();
  const { switchChain, isPending, error } = useSwitchChain();
  const network = NETWORKS[runtime.network].name;

  if (!isConnected) {
    return (
      <button type="button" className={BUTTON} onClick={openConnectModal} data-testid="write-guard-connect">
        Connect a wallet to {action}
      </button>
    );
  }
  if (walletChainId !== chainId) {
    return (
      <div role="alert" className="space-y-2" data-testid="wrong-chain">
        <p className="text-sm text-warning">
          Your wallet is on another network. To {action}, switch it to {network}.
        </p>
        <button type="button" className={BUTTON} disabled={isPending} onClick={() => switchChain({ chainId })}>
          {isPending ? "Switching…" : `Switch to ${network}`}
        </button>
        {error ? <p className="text-danger text-sm">{describeTxError(error)}</p> : null}
      </div>
    );
  }
  return children;
}
