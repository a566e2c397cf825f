"use client";

import { lazyWallet } from "../wallet/lazy-wallet";
import { JoinWizardSkeleton } from "./join-wizard-skeleton";

/** The join wizard and profile editor, with the wallet stack it needs, loaded after the page has painted. */
export const LazyJoinWizard = lazyWallet(() => import("./join-wizard"), JoinWizardSkeleton);
