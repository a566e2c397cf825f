"use client";

import { lazyWallet } from "./lazy-wallet";
import { ConnectButtonSkeleton, WalletPanelSkeleton } from "./wallet-skeletons";

export const HeaderWalletIsland = lazyWallet(() => import("./header-wallet"), ConnectButtonSkeleton);
export const WalletPanelIsland = lazyWallet(() => import("./wallet-panel"), WalletPanelSkeleton);
