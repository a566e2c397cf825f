import { formatUnits } from "viem";
import { LOCALE } from "@/lib/format/locale";
import { formatTokenFull } from "@/lib/format/token";
import type { StepCost } from "./use-join-costs";

const GAS = new Intl.NumberFormat(LOCALE);
// Gas costs are small: three significant digits say more than four decimals ("<0.0001").
const ETH = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3, roundingMode: "ceil" });

/** A step's price in the chain's gas token, with the gas it uses; or why there is none yet. */
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
        title={`${formatTokenFull(cost.wei, { symbol: "ETH" })} at the current gas price`}
        data-testid={testId}
        data-gas={cost.gas.toString()}
      >
        ≈ {ETH.format(formatUnits(cost.wei, 18) as `${number}`)} ETH · {GAS.format(cost.gas)} gas
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
