import { headers } from "next/headers";
import Link from "next/link";
import { accountFromCookie } from "@/lib/wallet/cookie-account";
import { LazyHeaderWallet } from "../wallet/lazy-wallet-islands";
import { ConnectWalletButton, WalletGate } from "../wallet/wallet-gate";
import { SiteNav } from "./site-nav";

export async function SiteHeader() {
  const restore = accountFromCookie((await headers()).get("cookie")) !== null;
  return (
    <header className="sticky top-0 z-10 border-line border-b bg-surface/85 backdrop-blur">
      {/* Phones: brand and wallet on the first row, the nav as a row of its own below. */}
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-2 px-4 pt-2 sm:h-16 sm:flex-nowrap sm:gap-4 sm:px-6 sm:pt-0">
        <Link href="/" className="order-1 flex items-center gap-2 font-semibold text-ink tracking-tight">
          <span
            aria-hidden
            className="grid size-8 place-items-center rounded-lg bg-accent-fill font-bold text-sm text-white"
          >
            PN
          </span>
          <span>ProverNet</span>
        </Link>
        <div className="order-4 -mx-1.5 w-full py-1 sm:order-2 sm:mx-0 sm:w-auto sm:py-0">
          <SiteNav />
        </div>
        <span className="order-2 flex-1 sm:order-3" />
        <div className="order-3 sm:order-4">
          <WalletGate restore={restore} idle={<ConnectWalletButton />}>
            <LazyHeaderWallet />
          </WalletGate>
        </div>
      </div>
    </header>
  );
}
