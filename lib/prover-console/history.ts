import type { Address } from "viem";
import type { Epochs, ProofRequest, ProverSeries } from "../indexer/schemas";

const DAY = 86_400;

/** Commission earned over the last `days` UTC days before `asOf`, from the indexer's daily rows. */
export function commissionOver(daily: ProverSeries["rewardsDaily"], asOf: number, days: number): bigint {
  const from = new Date((asOf - days * DAY) * 1000).toISOString().slice(0, 10);
  return daily.filter((row) => row.day > from).reduce((sum, row) => sum + row.commission, 0n);
}

/** What each source paid in a window: the mix a commission change applies to. */
export function rewardMix(daily: ProverSeries["rewardsDaily"]) {
  return daily.reduce(
    (mix, row) => ({ market: mix.market + row.market, epoch: mix.epoch + row.epoch, other: mix.other + row.other }),
    { market: 0n, epoch: 0n, other: 0n },
  );
}

function median<T>(values: T[], compare: (a: T, b: T) => number): T | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(compare);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

const byBigint = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/** Seconds from the end of the reveal phase to the proof, median over fulfilled requests (lower middle). */
export function medianProofDelay(requests: readonly ProofRequest[]): number | null {
  return median(
    requests
      .filter((request) => request.status === "fulfilled" && request.settledAt !== null)
      .map((request) => Math.max(0, (request.settledAt as number) - request.revealEnd)),
    (a, b) => a - b,
  );
}

/** The median fee paid for fulfilled requests (what the requester paid, the second price). */
export function medianFee(requests: readonly ProofRequest[]): bigint | null {
  return median(
    requests.flatMap((request) =>
      request.status === "fulfilled" && request.actualFee !== null ? [request.actualFee] : [],
    ),
    byBigint,
  );
}

/** The foundation's reward to one prover in each epoch that set any, newest first; 0 where it got none. */
export function epochRewardsFor(epochs: Epochs["items"], prover: Address, limit = 6) {
  return epochs.slice(0, limit).map((epoch) => ({
    epoch: epoch.epoch,
    setAt: epoch.setAt,
    amount: epoch.rewards.find((entry) => entry.prover === prover)?.amount ?? 0n,
  }));
}
