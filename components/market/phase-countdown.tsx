"use client";

import { formatCountdown } from "@/lib/format/time";
import { useChainNow } from "@/lib/hooks/use-chain-now";
import { type LivePhaseFacts, livePhase } from "@/lib/market/phase";
import { PhaseBadge } from "./phase-badge";

/**
 * A request's phase and the time left in it, moving with the chain's clock from `asOf` (the
 * server renders the phase at `asOf`; the browser carries it on, phase changes included).
 */
export function PhaseCountdown({ facts, asOf }: { facts: LivePhaseFacts; asOf: number }) {
  const now = useChainNow(asOf, facts.status === "pending");
  const { phase, endsAt } = livePhase(facts, now);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <PhaseBadge phase={phase} />
      {endsAt !== null ? (
        <span className="whitespace-nowrap text-muted text-xs tabular-nums">{formatCountdown(endsAt - now)} left</span>
      ) : null}
    </span>
  );
}
