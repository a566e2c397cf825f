"use client";

import { lazyWallet } from "../wallet/lazy-wallet";
import { ConsoleSkeleton } from "./console-skeleton";

/** The connected account's console, loaded after the page has painted (wallet code stays out of first load). */
export const LazyProverConsole = lazyWallet(() => import("./connected-console"), ConsoleSkeleton);
