/**
 * A proof request's phase, by BrevisMarket's own rules: the app and the indexer both use this one
 * definition. The market computes phase ends from the durations in force when it is read (not
 * fixed per request), so they are an argument here, as is the chain's time (never the wall's).
 */
export const REQUEST_PHASES = [
  "bidding",
  "reveal",
  "proving",
  "overdue",
  "unassigned",
  "fulfilled",
  "refunded",
  "slashed",
] as const;
export type RequestPhase = (typeof REQUEST_PHASES)[number];

/** What a phase means, in a few words, for labels and filters. */
export const PHASE_LABELS: Record<RequestPhase, string> = {
  bidding: "Bidding",
  reveal: "Reveal",
  proving: "Proving",
  overdue: "Overdue",
  unassigned: "No winner",
  fulfilled: "Fulfilled",
  refunded: "Refunded",
  slashed: "Slashed",
};

export type PhaseDurations = { bidding: bigint; reveal: bigint };

export type PhaseInput = {
  status: "pending" | "fulfilled" | "refunded" | "slashed";
  createdAt: bigint;
  deadline: bigint;
  /** Provers with a sealed bid (the market's `bidCount`). */
  bids: number;
  winner: string | null;
};

export function biddingEnd(createdAt: bigint, durations: PhaseDurations): bigint {
  return createdAt + durations.bidding;
}

export function revealEnd(createdAt: bigint, durations: PhaseDurations): bigint {
  return createdAt + durations.bidding + durations.reveal;
}

/**
 * - settled: the market's status (Fulfilled, Refunded, Slashed);
 * - overdue: pending past its deadline (`now > deadline`): anyone may refund it, and a winner
 *   counts it against its success rate until then;
 * - bidding while `now ≤ createdAt + bidding`; reveal after that while `now ≤ reveal end`;
 * - unassigned: refundable before the deadline because nobody bid by the end of bidding, or nobody
 *   revealed by the end of the reveal phase;
 * - proving: after the reveal phase, with a winner, until the deadline.
 */
export function requestPhase(request: PhaseInput, durations: PhaseDurations, now: bigint): RequestPhase {
  if (request.status !== "pending") return request.status;
  if (now > request.deadline) return "overdue";
  if (now <= biddingEnd(request.createdAt, durations)) return "bidding";
  if (request.bids === 0) return "unassigned";
  if (now <= revealEnd(request.createdAt, durations)) return "reveal";
  return request.winner === null ? "unassigned" : "proving";
}

/** When the phase a request is in ends (null once nothing more is timed: settled or overdue). */
export function phaseEndsAt(phase: RequestPhase, request: PhaseInput, durations: PhaseDurations): bigint | null {
  if (phase === "bidding") return biddingEnd(request.createdAt, durations);
  if (phase === "reveal") return revealEnd(request.createdAt, durations);
  if (phase === "proving" || phase === "unassigned") return request.deadline;
  return null;
}

/** A request's facts as plain numbers (seconds), as they cross to the browser in JSON for a live countdown. */
export type LivePhaseFacts = {
  status: PhaseInput["status"];
  createdAt: number;
  deadline: number;
  bids: number;
  winner: string | null;
  /** The market's phase lengths in force when read, seconds. */
  bidding: number;
  reveal: number;
};

/** The phase at `now` (seconds) and when it ends, from the plain facts. */
export function livePhase(facts: LivePhaseFacts, now: number): { phase: RequestPhase; endsAt: number | null } {
  const input: PhaseInput = { ...facts, createdAt: BigInt(facts.createdAt), deadline: BigInt(facts.deadline) };
  const durations = { bidding: BigInt(facts.bidding), reveal: BigInt(facts.reveal) };
  const phase = requestPhase(input, durations, BigInt(now));
  const endsAt = phaseEndsAt(phase, input, durations);
  return { phase, endsAt: endsAt === null ? null : Number(endsAt) };
}
