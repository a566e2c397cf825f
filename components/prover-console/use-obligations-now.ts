"use client";

import { useChainNow } from "@/lib/hooks/use-chain-now";
import { type Obligation, obligationsAt, type SlashTerms } from "@/lib/prover-console/obligations";

/**
 * The ticking chain clock and the obligations read at `readAt` as they stand by it: the read itself
 * until the clock moves, so the server render and the first client render agree.
 */
export function useObligationsNow(read: readonly Obligation[], readAt: number, terms: SlashTerms) {
  const now = useChainNow(readAt, read.length > 0);
  return { now, obligations: now === readAt ? read : obligationsAt(read, now, terms) };
}
