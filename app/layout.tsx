import "@fontsource-variable/inter";
import "@fontsource-variable/jetbrains-mono";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { WalletProviders } from "@/components/wallet/wallet-providers";
import { readChainRuntimeConfig } from "@/lib/chain/runtime-config";

export const metadata: Metadata = {
  title: { default: "ProverNet Dashboard", template: "%s · ProverNet" },
  description: "Stake BREV with ZK provers, compare them, and follow the network's fees and rewards.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f7fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0d16" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const runtime = readChainRuntimeConfig();
  const cookie = (await headers()).get("cookie");
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <WalletProviders runtime={runtime} cookie={cookie}>
          <SiteHeader />
          <main className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">{children}</main>
        </WalletProviders>
      </body>
    </html>
  );
}
