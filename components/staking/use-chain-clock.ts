"use client";

import { useEffect, useState } from "react";

/**
 * The chain's clock, ticking every second in the browser: started from the block time read
 * with the data (`chainNow` at `readAtMs`), because the chain's time is what matures requests
 * and it can differ from the visitor's clock.
 */
export function useChainClock(chainNow: number, readAtMs: number): number {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return chainNow + Math.max(0, Math.floor((nowMs - readAtMs) / 1000));
}
