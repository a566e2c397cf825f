import type { Simulation, SkipReason } from "@/lib/bid-settings/simulate";
import { Figure } from "../prover-console/figure";
import { Amount } from "../ui/amount";

const SKIP_LABELS: Record<SkipReason, string> = {
  maxFee: "Skipped by max fee",
  proveMinDuration: "Skipped by minimum proving time",
  vkList: "Skipped by the vk lists",
  minStake: "Needing more stake than your vault holds now (the market refuses the bid)",
  requestMaxFee: "Above the request's max fee (the market refuses the reveal)",
};
/** The skips that come from the prover's rule, and the market's refusals, which apply with or without one. */
const RULE_SKIPS: readonly SkipReason[] = ["maxFee", "proveMinDuration", "vkList"];
const MARKET_SKIPS: readonly SkipReason[] = ["minStake", "requestMaxFee"];

type Props = {
  result: Simulation;
  /** Whether a rule took part: without one its skips are not shown (they were not applied). */
  ruleApplied: boolean;
  /** The fee token's units, read from the chain. */
  token: { decimals: number; symbol: string };
};

/** The simulation's figures, each with its exact value in a data attribute. */
export function SimulationFigures({ result, ruleApplied, token }: Props) {
  return (
    <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3" data-testid="simulator-result">
      <Figure label="Your bid">
        <Amount wei={result.bid} {...token} testId="simulator-bid" />
      </Figure>
      <Figure label="Would have won">
        <span data-testid="simulator-won" data-value={result.won} data-considered={result.considered}>
          {result.won} of {result.considered}
        </span>
      </Figure>
      <Figure label="Would have earned">
        <Amount wei={result.earned} {...token} testId="simulator-earned" />
      </Figure>
      {[...(ruleApplied ? RULE_SKIPS : []), ...MARKET_SKIPS].map((reason) => (
        <Figure key={reason} label={SKIP_LABELS[reason]}>
          <span data-testid={`simulator-skipped-${reason}`} data-value={result.skipped[reason]}>
            {result.skipped[reason]}
          </span>
        </Figure>
      ))}
      <Figure label="Gas price winning half">
        <span
          className="break-all"
          data-testid="simulator-half-price"
          data-value={result.halfWinPrice === null ? "" : result.halfWinPrice.toString()}
        >
          {result.halfWinPrice === null
            ? "none: even a 1-wei bid wins fewer than half"
            : result.halfWinPrice.toString()}
        </span>
      </Figure>
    </dl>
  );
}
