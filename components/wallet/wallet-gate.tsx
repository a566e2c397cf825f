"use client";

import type { ReactNode } from "react";
import { requestWallet, useWalletWanted } from "./wallet-demand";

/**
 * Renders a wallet island only once the wallet stack is wanted: at once when the server saw a
 * saved connection in wagmi's cookie (`restore`, so it reconnects), else after a click on
 * connect. Until then `idle` stands in.
 */
export function WalletGate({ restore, idle, children }: { restore: boolean; idle: ReactNode; children: ReactNode }) {
  const wanted = useWalletWanted();
  return restore || wanted ? children : idle;
}

/** RainbowKit's "Connect Wallet" button as plain HTML: a click loads the wallet stack and opens its modal. */
export function ConnectWalletButton() {
  return (
    <button
      type="button"
      onClick={requestWallet}
      className="h-10 shrink-0 whitespace-nowrap rounded-xl bg-accent-fill px-3.5 font-bold text-base text-white shadow-sm hover:scale-[1.025]"
    >
      Connect Wallet
    </button>
  );
}
