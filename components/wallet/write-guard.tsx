"use client";

import { useConnectModal } from "@rainbow-me/rainbowkit";
import type { ReactNode } from "react";
import { useAccount, useSwitchChain } from "wagmi";
import { NETWORKS } from "@/lib/chain/networks";
import { describeTxError } from "@/lib/contracts/errors";
import { PRIMARY_BUTTON } from "../ui/styles";
import { useRuntime } from "./use-runtime";

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
      <button type="button" className={PRIMARY_BUTTON} onClick={openConnectModal} data-testid="write-guard-connect">
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
        <button type="button" className={PRIMARY_BUTTON} disabled={isPending} onClick={() => switchChain({ chainId })}>
          {isPending ? "Switching…" : `Switch to ${network}`}
        </button>
        {error ? <p className="text-danger text-sm">{describeTxError(error)}</p> : null}
      </div>
    );
  }
  return children;
}
