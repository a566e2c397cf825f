import type { Address } from "viem";
import { BPS, mulDiv } from "../math/fixed-point";
import { wilsonLowerBound, wilsonUpperBound } from "../math/reliability";
import { convertToAssets } from "../math/share-price";
import { proverCapacity } from "./capacity";
import { healthInput, healthVerdict } from "./health";
import { classifyObligations, obligationTotals } from "./obligations";
import type { ConsoleReads } from "./reads";
import { retireChecks } from "./retire";
import { statsEpochRows } from "./stats-epochs";

/** How many of the largest stakers the console lists. */
const TOP_STAKERS = 5;

/** Everything the console renders, derived from one read of the chain. */
export function consoleModel(reads: ConsoleReads) {
  const now = Number(reads.chainNow);
  const market = reads.market;
  const obligations = market ? classifyObligations(market.held, market.overdue, now, market) : [];
  const totals = obligationTotals(obligations);
  const healthFacts = {
    state: reads.state,
    selfStake: reads.selfStake,
    minSelfStake: reads.rules.minSelfStake,
    slashingScale: reads.slashingScale,
    deactivationScale: reads.rules.deactivationScale,
  };
  const health = healthVerdict(healthInput(healthFacts, totals));
  const worth = (shares: bigint) => convertToAssets(shares, reads.vaultAssets, reads.vaultShares, reads.units);
  const stakers = [...reads.stakers]
    .sort((a, b) => (b.shares > a.shares ? 1 : b.shares < a.shares ? -1 : 0))
    .slice(0, TOP_STAKERS)
    .map((entry) => ({
      staker: entry.staker as Address,
      value: worth(entry.shares),
      shareBps: reads.vaultShares === 0n ? 0n : mulDiv(entry.shares, BPS, reads.vaultShares),
      isProver: entry.staker === reads.prover,
    }));
  const stats = market?.stats;
  const trials = stats ? Number(stats.fulfilled + stats.refunded + stats.overdue) : 0;
  const fulfilled = stats ? Number(stats.fulfilled) : 0;
  return {
    prover: reads.prover,
    state: reads.state,
    now,
    name: reads.name,
    iconUrl: reads.iconUrl,
    health,
    healthFacts,
    rules: reads.rules,
    selfStake: reads.selfStake,
    outsideStake: reads.vaultAssets > reads.selfStake ? reads.vaultAssets - reads.selfStake : 0n,
    slashingScale: reads.slashingScale,
    pendingCommission: reads.pendingCommission,
    commissionRates: reads.commissionRates,
    capacity: market
      ? proverCapacity({
          active: health.state === "Active",
          vaultAssets: reads.vaultAssets,
          assignedStake: market.assignedStake,
          overcommitBps: market.overcommitBps,
        })
      : null,
    obligations,
    obligationTotals: totals,
    slashTerms: { slashBps: market?.slashBps ?? 0n, slashWindow: market?.slashWindow ?? 0n },
    stakers: { count: reads.numStakers, top: stakers, pendingUnstakes: reads.pendingUnstakes },
    unstakes: {
      requests: reads.unstakes,
      terms: { unstakeDelay: reads.rules.unstakeDelay, slashingScale: reads.slashingScale },
    },
    performance: stats
      ? {
          ...stats,
          trials,
          lowerBound: wilsonLowerBound(fulfilled, trials),
          upperBound: wilsonUpperBound(fulfilled, trials),
          wins: stats.fulfilled + stats.refunded + stats.pending,
          epochs: statsEpochRows(market.statsEpochs, reads.chainNow),
        }
      : null,
    submitters: market?.submitters ?? [],
    retire: retireChecks({
      stakers: reads.numStakers,
      pendingUnstakes: reads.pendingUnstakes,
      pendingCommission: reads.pendingCommission,
    }),
  };
}

export type ConsoleModel = ReturnType<typeof consoleModel>;
