import { Card } from "../ui/card";
import { ConnectWalletButton } from "./wallet-gate";

/** RainbowKit's "Connect Wallet" button's footprint, held while the wallet stack loads. */
export function ConnectButtonSkeleton() {
  return (
    <span
      className="inline-block h-10 w-[10.25rem] shrink-0 animate-pulse rounded-xl bg-line/60"
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

/** The wallet panel before the wallet stack is loaded: a click on connect loads it. */
export function WalletPanelIdle() {
  return (
    <Card title="Your wallet" description={PANEL_DESCRIPTION}>
      <ConnectWalletButton />
    </Card>
  );
}
