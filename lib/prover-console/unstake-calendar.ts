import type { Address } from "viem";
import { payableAmount } from "../portfolio/live-portfolio";

export type UnstakeDay = {
  /** UTC day the requests mature, YYYY-MM-DD. */
  day: string;
  /** When the first of that day's requests matures (unix seconds). */
  firstAt: number;
  amount: bigint;
  stakers: number;
};

export type UnstakeCalendar = {
  /** Matured and not yet withdrawn: it leaves whenever its stakers withdraw. */
  readyNow: bigint;
  days: UnstakeDay[];
  total: bigint;
  stakers: number;
};

/** What a request's maturity and payout depend on besides itself: the controller's delay and the vault's slashing scale. */
export type UnstakeTerms = { unstakeDelay: bigint; slashingScale: bigint };

export type PendingRequest = { staker: Address; amount: bigint; requestTime: bigint; scaleSnapshot: bigint };

/**
 * When the stake in pending unstakes leaves the prover, by UTC day: each request matures
 * `unstakeDelay` (the current one, as the controller checks) after it was made and pays its
 * amount scaled by the slashes since.
 */
export function unstakeCalendar(
  requests: readonly PendingRequest[],
  { unstakeDelay, slashingScale, now }: UnstakeTerms & { now: number },
): UnstakeCalendar {
  const days = new Map<string, { firstAt: number; amount: bigint; stakers: Set<Address> }>();
  let readyNow = 0n;
  let total = 0n;
  for (const request of requests) {
    const amount = payableAmount(request.amount, request.scaleSnapshot, slashingScale);
    const readyAt = Number(request.requestTime + unstakeDelay);
    total += amount;
    if (readyAt <= now) {
      readyNow += amount;
      continue;
    }
    const day = new Date(readyAt * 1000).toISOString().slice(0, 10);
    const entry = days.get(day) ?? { firstAt: readyAt, amount: 0n, stakers: new Set<Address>() };
    entry.firstAt = Math.min(entry.firstAt, readyAt);
    entry.amount += amount;
    entry.stakers.add(request.staker);
    days.set(day, entry);
  }
  return {
    readyNow,
    total,
    stakers: new Set(requests.map((request) => request.staker)).size,
    days: [...days.entries()]
      .map(([day, entry]) => ({ day, firstAt: entry.firstAt, amount: entry.amount, stakers: entry.stakers.size }))
      .sort((a, b) => a.firstAt - b.firstAt),
  };
}
