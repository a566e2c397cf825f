"use client";

import { useConnectModal } from "@rainbow-me/rainbowkit";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useAccountEffect } from "wagmi";
import { WalletButton } from "./connect-button";
import { takeModalRequest } from "./wallet-demand";

/**
 * The header's connect button. Server pages read the connected account from wagmi's cookie,
 * so a connect or disconnect here re-renders them for the new account. It also opens the
 * connect modal that a click on a placeholder "Connect Wallet" asked for before the wallet
 * stack had loaded.
 */
export default function HeaderWallet() {
  const router = useRouter();
  const { openConnectModal } = useConnectModal();
  useEffect(() => {
    if (openConnectModal && takeModalRequest()) openConnectModal();
  }, [openConnectModal]);
  useAccountEffect({
    onConnect: ({ isReconnected }) => {
      // A reconnect after a reload restores the account the server already rendered for.
      if (!isReconnected) router.refresh();
    },
    onDisconnect: () => router.refresh(),
  });
  return <WalletButton />;
}
