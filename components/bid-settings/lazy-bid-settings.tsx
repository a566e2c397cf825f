"use client";

import { lazyWallet } from "../wallet/lazy-wallet";
import { BidSettingsSkeleton } from "./bid-settings-skeleton";

/** The bid settings of the connected account's prover, loaded after the page has painted. */
export const LazyBidSettings = lazyWallet(() => import("./bid-settings-workspace"), BidSettingsSkeleton);
