"use client";

import { useAccount } from "wagmi";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { WalletButton } from "./connect-button";
import { SendBrevForm } from "./send-brev-form";
import { useBrevBalance } from "./use-brev-balance";
import { useRuntime } from "./use-runtime";

/** The connected account's BREV: balance and a transfer form; a prompt to connect otherwise. */
export default function WalletPanel() {
  const { address, chainId: walletChainId, isConnected } = useAccount();
  const { chainId } = useRuntime();
  const balance = useBrevBalance(address);

  if (!isConnected || !address) {
    return (
      <Card title="Your wallet" description="Connect a wallet to see your BREV balance and send BREV.">
        <WalletButton />
      </Card>
    );
  }
  if (walletChainId !== chainId) {
    return (
      <Card title="Your wallet" description="Your wallet is on another network. Switch networks to continue.">
        <WalletButton />
      </Card>
    );
  }
  return (
    <Card title="Your wallet">
      <p className="text-muted text-xs uppercase tracking-wider">BREV balance</p>
      <p className="mt-1 font-semibold text-2xl text-ink">
        {balance.data !== undefined ? (
          <Amount wei={balance.data} testId="wallet-brev-balance" />
        ) : balance.isError ? (
          <span className="text-danger text-sm">The balance could not be read from the chain.</span>
        ) : (
          <span
            className="inline-block h-7 w-40 animate-pulse rounded bg-line"
            role="status"
            aria-label="Loading balance"
          />
        )}
      </p>
      <div className="mt-5 border-line border-t pt-5">
        <h3 className="mb-3 font-semibold text-ink text-sm">Send BREV</h3>
        <SendBrevForm sender={address} balance={balance.data} />
      </div>
    </Card>
  );
}
