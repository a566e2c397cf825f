"use client";

import { lazyWallet } from "@/components/wallet/lazy-wallet";

/** The allowance card loads with the wallet and shows nothing until an account is connected. */
export const LazyBrevAllowance = lazyWallet(
  () => import("./brev-allowance"),
  () => null,
);
