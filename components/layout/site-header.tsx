import { headers } from "next/headers";
import Link from "next/link";
import { accountFromCookie } from "@/lib/wallet/cookie-account";
import { ConnectWalletButton, WalletGate } from "../wallet/wallet-gate";
import { HeaderWalletIsland } from "../wallet/wallet-islands";
import { SiteNav } from "./site-nav";

export async function SiteHeader() {
  const restore = accountFromCookie((await headers()).get("cookie")) !== null;
  return (
    <header className="sticky top-0 z-10 border-line border-b bg-surface/85 backdrop-blur">
      <div className="mx-auto flex h-16 w-full max-w-6xl items-center justify-between gap-2 px-4 sm:gap-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-ink tracking-tight">
          <span
            aria-hidden
            className="grid size-8 place-items-center rounded-lg bg-accent font-bold text-sm text-white"
          >
            PN
          </span>
          <span className="hidden sm:inline">ProverNet</span>
        </Link>
        <SiteNav />
        <span className="flex-1" />
        <WalletGate restore={restore} idle={<ConnectWalletButton />}>
          <HeaderWalletIsland />
        </WalletGate>
      </div>
    </header>
  );
}
