import type { ProverFacts } from "@/lib/chain/prover-facts";
import { LOCALE } from "@/lib/format/locale";
import { formatBps } from "@/lib/format/percent";
import type { ProverSummary } from "@/lib/indexer/schemas";
import { reliabilityBps } from "@/lib/math/reliability";
import { Amount } from "../ui/amount";
import { Stat } from "../ui/stat";
import { ApyFigure } from "./apy-figure";

/**
 * Counts as the market keeps them: a request won and past its deadline without a proof counts as
 * missed. The market's lifetime view looks back one stats epoch only, so it forgets a prover idle
 * for longer: a retired prover's record comes from the indexer's history.
 */
function reliability(facts: ProverFacts | null, prover: ProverSummary) {
  if (facts?.market && !prover.retired) {
    const { fulfilled, refunded, overdue, successRateBps } = facts.market;
    const trials = Number(fulfilled + refunded + overdue);
    return {
      trials,
      lowerBoundBps: reliabilityBps(Number(fulfilled), trials),
      hint: `Success rate ${formatBps(successRateBps)}: ${fulfilled} proven, ${refunded} missed, ${overdue} overdue (shown: the Wilson lower bound)`,
    };
  }
  const { fulfilled, failed, lowerBoundBps } = prover.reliability;
  return {
    trials: fulfilled + failed,
    lowerBoundBps,
    hint: `${fulfilled} proven, ${failed} missed (Wilson lower bound)`,
  };
}

/**
 * The prover's headline figures. Stake and reliability are the chain's when it answers
 * (`facts`), the indexer's otherwise; APY and commission are the indexer's. Total stake is
 * what `getProverTotalAssets` counts: the vault plus unstakes still pending, which stay
 * slashable; without the chain only the vault is known, and the label says so.
 */
export function ProverFigures({ prover, facts }: { prover: ProverSummary; facts: ProverFacts | null }) {
  const selfStake = facts?.selfStake ?? prover.selfStake;
  const stakers = facts ? Number(facts.stakers) : prover.stakers;
  const work = reliability(facts, prover);
  const own = (
    <>
      <Amount wei={selfStake} compact testId="prover-self-stake" /> its own;{" "}
      <span data-testid="prover-stakers">{stakers.toLocaleString(LOCALE)}</span> {stakers === 1 ? "staker" : "stakers"}
    </>
  );
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {facts ? (
        <Stat
          label="Total stake"
          value={<Amount wei={facts.totalAssets} compact testId="prover-total-stake" />}
          hint={
            <>
              <Amount wei={facts.vaultAssets} compact testId="prover-vault-assets" /> in the vault +{" "}
              <Amount wei={facts.pendingUnstakes} compact testId="prover-pending-unstakes" /> unstaking (still
              slashable); {own}
            </>
          }
        />
      ) : (
        // The indexer's copy has the vault only: without the chain, pending unstakes are not known here.
        <Stat
          label="In vault"
          value={<Amount wei={prover.totalAssets} compact testId="prover-vault-assets" />}
          hint={<>Pending unstakes need the chain, which does not answer; {own}</>}
        />
      )}
      <Stat
        label="APY, 30 days"
        value={<ApyFigure apy={prover.apy30d} windowDays={30} testId="prover-apy30d" />}
        hint={
          <>
            7 days: <ApyFigure apy={prover.apy7d} windowDays={7} withGross />
          </>
        }
      />
      <Stat
        label="Commission"
        value={prover.retired ? "—" : formatBps(prover.defaultCommissionBps)}
        hint={
          prover.retired
            ? "A retired prover takes no rewards"
            : prover.commissionOverrides.length
              ? prover.commissionOverrides.map((entry) => `${entry.sourceKind} ${formatBps(entry.rateBps)}`).join(" · ")
              : "Same rate for every source"
        }
      />
      <Stat
        label="Reliability"
        value={
          <span data-testid="prover-reliability" data-bps={work.trials > 0 ? work.lowerBoundBps : undefined}>
            {work.trials > 0 ? formatBps(work.lowerBoundBps) : "—"}
          </span>
        }
        hint={work.hint}
      />
    </dl>
  );
}
