import { Card } from "../ui/card";

/** RainbowKit's "Connect Wallet" button's footprint, held while the wallet stack loads. */
export function ConnectButtonSkeleton() {
  return (
    <span
      className="inline-block h-10 w-[8.5rem] animate-pulse rounded-xl bg-line/60"
      role="status"
      aria-label="Loading wallet"
    />
  );
}

const PANEL_DESCRIPTION = "Connect a wallet to see your BREV balance and send BREV.";

/** The wallet panel as a visitor without a wallet first sees it. */
export function WalletPanelSkeleton() {
  return (
    <Card title="Your wallet" description={PANEL_DESCRIPTION}>
      <ConnectButtonSkeleton />
    </Card>
  );
}
