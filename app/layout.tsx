import "@fontsource-variable/inter";
import "@fontsource-variable/jetbrains-mono";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { RuntimeProvider } from "@/components/wallet/runtime-provider";
import { browserChainConfig, readChainRuntimeConfig } from "@/lib/chain/runtime-config";

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
  // The chain settings come from the server's environment at run time, never from the build's.
  await connection();
  const runtime = browserChainConfig(readChainRuntimeConfig());
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <RuntimeProvider runtime={runtime}>
          <SiteHeader />
          <main className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">{children}</main>
        </RuntimeProvider>
      </body>
    </html>
  );
}
