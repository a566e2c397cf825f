"use client";

import { lazyWallet } from "@/components/wallet/lazy-wallet";
import { PortfolioSkeleton } from "./portfolio-skeleton";

/** The live, wallet-backed part of /portfolio, loaded after the server-rendered numbers. */
export const LazyLivePortfolio = lazyWallet(() => import("./live-portfolio-panel"), PortfolioSkeleton);
