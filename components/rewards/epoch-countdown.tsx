"use client";

import { formatDeadline } from "@/lib/format/time";
import { useChainNow } from "@/lib/hooks/use-chain-now";

/** The running epoch's end, counting down from the chain time the page was read at. */
export function EpochCountdown({ endsAt, readAt }: { endsAt: number; readAt: number }) {
  const now = useChainNow(readAt);
  return (
    <time dateTime={new Date(endsAt * 1000).toISOString()} data-testid="epoch-countdown">
      {formatDeadline(endsAt, now)}
    </time>
  );
}
