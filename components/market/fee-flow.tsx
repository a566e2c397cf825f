import type { MarketSummary } from "@/lib/indexer/schemas";
import { WhenVisible } from "../network/when-visible";
import { Amount } from "../ui/amount";
import { LazyMarketFeesChart } from "./lazy-market-fees-chart";

/**
 * What fulfilled requests paid per day, split into the winners' rewards and the protocol's fee:
 * a chart for the eye and, under it, the same figures as a table (the chart's text alternative).
 */
export function FeeFlow({ days }: { days: MarketSummary["feesDaily"] }) {
  if (days.length === 0) return <p className="text-muted text-sm">No request was fulfilled in this window.</p>;
  const total = days.reduce(
    (sum, day) => ({ rewards: sum.rewards + day.proverRewards, fee: sum.fee + day.protocolFee }),
    { rewards: 0n, fee: 0n },
  );
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <Amount wei={total.rewards} testId="window-prover-rewards" /> to provers and{" "}
        <Amount wei={total.fee} testId="window-protocol-fee" /> of protocol fee over{" "}
        {days.length === 1 ? "1 day" : `${days.length} days`} with proofs.
      </p>
      <WhenVisible className="h-56 w-full">
        <LazyMarketFeesChart
          days={days.map((day) => ({
            day: day.day,
            proverRewards: day.proverRewards.toString(),
            protocolFee: day.protocolFee.toString(),
          }))}
        />
      </WhenVisible>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted hover:text-ink">Fees by day as a table</summary>
        <div className="mt-2 max-h-80 overflow-auto">
          <table className="min-w-full" data-testid="fees-by-day">
            <caption className="sr-only">Fees of fulfilled requests by day of proof</caption>
            <thead className="text-left text-muted text-xs uppercase tracking-wider">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Day (UTC)
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  Proofs
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  To provers
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Protocol fee
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {days.map((day) => (
                <tr key={day.day}>
                  <th scope="row" className="py-1 pr-3 text-left font-normal tabular-nums">
                    {day.day}
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{day.fulfilled}</td>
                  <td className="py-1 pr-3 text-right">
                    <Amount wei={day.proverRewards} />
                  </td>
                  <td className="py-1 text-right">
                    <Amount wei={day.protocolFee} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
