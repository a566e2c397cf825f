"use client";

import { useRouter } from "next/navigation";
import { useAccountEffect } from "wagmi";
import { WalletButton } from "./connect-button";

/**
 * The header's connect button. Server pages read the connected account from wagmi's cookie,
 * so a connect or disconnect here re-renders them for the new account.
 */
export default function HeaderWallet() {
  const router = useRouter();
  useAccountEffect({
    onConnect: ({ isReconnected }) => {
      // A reconnect after a reload restores the account the server already rendered for.
      if (!isReconnected) router.refresh();
    },
    onDisconnect: () => router.refresh(),
  });
  return <WalletButton />;
}
