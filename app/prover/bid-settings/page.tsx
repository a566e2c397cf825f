import type { Metadata } from "next";
import { LazyBidSettings } from "@/components/bid-settings/lazy-bid-settings";
import { ConsoleTabs } from "@/components/prover-console/console-tabs";

export const metadata: Metadata = { title: "Bid settings" };

export default function BidSettingsPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-semibold text-2xl text-ink tracking-tight sm:text-3xl">Prover console</h1>
        <p className="mt-1 max-w-3xl text-muted text-sm">
          The rules your bidder bids by, kept here for your prover and its submitters only, and exported as the bidder's
          TOML. Try a gas price against the market's past requests before you save it.
        </p>
      </div>
      <ConsoleTabs active="bid-settings" />
      <LazyBidSettings />
    </div>
  );
}
