import { formatToken, formatTokenFull } from "@/lib/format/token";
import type { StepCost } from "./use-join-costs";

const GAS = new Intl.NumberFormat("en-US");

/** A step's price in the chain's gas token, with the gas it uses; or why there is none yet. */
export function StepCostText({
  cost,
  loading,
  testId,
}: {
  cost: StepCost | undefined;
  loading: boolean;
  testId?: string;
}) {
  if (cost) {
    return (
      <span
        className="tabular-nums"
        title={`${formatTokenFull(cost.wei, { symbol: "ETH" })} at today's gas price`}
        data-testid={testId}
        data-gas={cost.gas.toString()}
      >
        ≈ {formatToken(cost.wei, { symbol: "ETH" })} · {GAS.format(cost.gas)} gas
      </span>
    );
  }
  return (
    <span className="text-muted" data-testid={testId}>
      {loading ? "estimating…" : "not known yet (your wallet shows it before you confirm)"}
    </span>
  );
}
