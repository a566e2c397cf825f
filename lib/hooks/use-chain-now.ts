"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { type ClockAnchor, chainNowAt } from "../clock/chain-clock";
import { lastTick, subscribeToTicks } from "../clock/ticker";

const noSubscription = () => () => {};
const serverTick = () => null;

/**
 * The chain's time (seconds), ticking each second from `chainNow` (the time of the last chain
 * read) while `ticking` and the page is visible. The server render and the first client render
 * both show `chainNow` itself, so hydration matches; the clock starts counting once mounted.
 */
export function useChainNow(chainNow: number, ticking = true): number {
  const wallMs = useSyncExternalStore(ticking ? subscribeToTicks : noSubscription, lastTick, serverTick);
  const [anchor, setAnchor] = useState<ClockAnchor | null>(null);
  useEffect(() => setAnchor({ chainNow, wallMs: Date.now() }), [chainNow]);
  // Until the effect has anchored this read (first render, or a new read), show the read's own time.
  return anchor && anchor.chainNow === chainNow && wallMs !== null ? chainNowAt(anchor, wallMs) : chainNow;
}
