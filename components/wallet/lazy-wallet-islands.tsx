"use client";

import { lazyWallet } from "./lazy-wallet";
import { ConnectButtonSkeleton, WalletPanelSkeleton } from "./wallet-skeletons";

export const LazyHeaderWallet = lazyWallet(() => import("./header-wallet"), ConnectButtonSkeleton);
export const LazyWalletPanel = lazyWallet(() => import("./wallet-panel"), WalletPanelSkeleton);
