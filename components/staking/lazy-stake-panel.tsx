"use client";

import { lazyWallet } from "../wallet/lazy-wallet";
import { StakePanelSkeleton } from "./stake-panel-skeleton";

/** The stake panel, loaded after the page has painted so the prover page ships no wallet code up front. */
export const LazyStakePanel = lazyWallet(() => import("./stake-panel"), StakePanelSkeleton);
