import { BPS, mulDiv } from "../math/fixed-point";
import type { StatsEpochReads } from "./reads";

/** Where an epoch stands: still counting (open-ended or until its end), or over. */
export type StatsEpochStatus = "open" | "current" | "ended";

/**
 * The prover's stats epochs as the console shows them, newest first: the status of each and the
 * prover's share of the market's fulfilled requests and fees in it (null where the market had none).
 * The first is the market's current epoch; `endAt` 0 means no later one is scheduled yet. One
 * whose end has passed is over even when the market has not moved on yet (it does so at the next bid,
 * reveal or proof, so nothing was counted meanwhile).
 */
export function statsEpochRows(epochs: readonly StatsEpochReads[], now: bigint) {
  return epochs.map((epoch, index) => {
    const status: StatsEpochStatus =
      index > 0 || (epoch.endAt !== 0n && epoch.endAt <= now) ? "ended" : epoch.endAt === 0n ? "open" : "current";
    return {
      ...epoch,
      status,
      fulfilledShareBps: epoch.global.fulfilled === 0n ? null : mulDiv(epoch.fulfilled, BPS, epoch.global.fulfilled),
      feeShareBps: epoch.global.fees === 0n ? null : mulDiv(epoch.feeReceived, BPS, epoch.global.fees),
    };
  });
}

export type StatsEpochRow = ReturnType<typeof statsEpochRows>[number];
