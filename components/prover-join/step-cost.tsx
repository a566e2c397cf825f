import { formatUnits } from "viem";
import { LOCALE } from "@/lib/format/locale";
import { formatTokenFull } from "@/lib/format/token";
import type { StepCost } from "./use-join-costs";

const GAS = new Intl.NumberFormat(LOCALE);
// Gas costs are small: three significant digits say more than four decimals ("<0.0001").
const ETH = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3, roundingMode: "ceil" });

function eth(wei: bigint): string {
  return `${ETH.format(formatUnits(wei, 18) as `${number}`)} ETH`;
}

/**
 * A step's price in the chain's gas token: the total, then its two parts, L2 execution (with the
 * gas it uses) and the L1 data fee an OP-stack chain adds; or why there is no price yet.
 */
export function StepCostText({
  cost,
  loading,
  error,
  testId,
}: {
  cost: StepCost | undefined;
  loading: boolean;
  /** Why the estimate as a whole failed (the RPC could not simulate), when it did. */
  error?: string;
  testId?: string;
}) {
  if (cost && "gas" in cost) {
    return (
      <span
        className="tabular-nums"
        title={`${formatTokenFull(cost.wei, { symbol: "ETH" })} in all at the current gas prices`}
        data-testid={testId}
        data-gas={cost.gas.toString()}
        data-l2-wei={cost.l2Wei.toString()}
        data-l1-wei={cost.l1Wei === undefined ? "none" : cost.l1Wei.toString()}
        data-wei={cost.wei.toString()}
      >
        ≈ {eth(cost.wei)}
        <span className="block text-muted text-xs" data-testid={testId && `${testId}-split`}>
          L2 execution ≈ {eth(cost.l2Wei)} ({GAS.format(cost.gas)} gas) +{" "}
          {cost.l1Wei === undefined ? "L1 data fee: none on this chain" : `L1 data fee ≈ ${eth(cost.l1Wei)}`}
        </span>
      </span>
    );
  }
  const failed = cost && "failed" in cost ? cost.failed : undefined;
  return (
    <span className="text-muted" data-testid={testId} title={failed ?? error}>
      {loading
        ? "estimating…"
        : failed
          ? `none: the step would fail now. ${failed}`
          : error
            ? "could not be estimated here (your wallet shows it before you confirm)"
            : "not known yet (your wallet shows it before you confirm)"}
    </span>
  );
}
