import type { Hex } from "viem";
import { BPS, mulDiv } from "../math/fixed-point";

/** A deadline closer than this, with no proof yet, puts the request at risk (as the indexer and the seed count it). */
export const AT_RISK_SECONDS = 3_600;

export type ObligationStatus = "on-track" | "at-risk" | "overdue";

export type Obligation = {
  reqid: Hex;
  deadline: number;
  minStake: bigint;
  status: ObligationStatus;
  /** For an overdue request: until when anyone may slash it (deadline + slashWindow), and what a slash takes. */
  slashWindowEnd: number | null;
  amountAtRisk: bigint;
};

export type SlashTerms = { slashBps: bigint; slashWindow: bigint };

/** What one slash for a request takes: minStake × slashBps / 10,000, as the market asks the controller. */
export function slashAmount(minStake: bigint, slashBps: bigint): bigint {
  return mulDiv(minStake, slashBps, BPS);
}

/**
 * Sorts the requests a prover holds as winner (none has a proof yet: a proof settles it) into on
 * track, at risk (deadline within the hour) and overdue (the market's list: deadline passed).
 * Soonest deadline first.
 */
export function classifyObligations(
  held: readonly { reqid: Hex; deadline: bigint; minStake: bigint }[],
  overdue: ReadonlySet<Hex>,
  now: number,
  terms: SlashTerms,
): Obligation[] {
  return held
    .map((request): Obligation => {
      const deadline = Number(request.deadline);
      const late = overdue.has(request.reqid) || deadline < now;
      const status: ObligationStatus = late ? "overdue" : deadline - now <= AT_RISK_SECONDS ? "at-risk" : "on-track";
      const windowEnd = deadline + Number(terms.slashWindow);
      return {
        reqid: request.reqid,
        deadline,
        minStake: request.minStake,
        status,
        slashWindowEnd: late ? windowEnd : null,
        amountAtRisk: late && now <= windowEnd ? slashAmount(request.minStake, terms.slashBps) : 0n,
      };
    })
    .sort((a, b) => a.deadline - b.deadline);
}

/**
 * The obligations read at one time, as they stand at a later `now`: a countdown that crossed zero
 * moves its request on track → at risk → overdue, and out of its slash window. What the chain
 * listed as overdue stays overdue.
 */
export function obligationsAt(read: readonly Obligation[], now: number, terms: SlashTerms): Obligation[] {
  const overdue = new Set(read.filter((item) => item.status === "overdue").map((item) => item.reqid));
  return classifyObligations(
    read.map((item) => ({ reqid: item.reqid, deadline: BigInt(item.deadline), minStake: item.minStake })),
    overdue,
    now,
    terms,
  );
}

/** Counts by status, and the sum a slash of every overdue request could still take. */
export function obligationTotals(obligations: readonly Obligation[]) {
  return {
    atRisk: obligations.filter((item) => item.status === "at-risk").length,
    overdue: obligations.filter((item) => item.status === "overdue").length,
    amountAtRisk: obligations.reduce((sum, item) => sum + item.amountAtRisk, 0n),
  };
}
