import type { Yields } from "@/lib/indexer/schemas";
import { ApyFigure } from "../provers/apy-figure";
import { ProverLink } from "../provers/prover-link";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { ScrollRegion } from "../ui/scroll-region";
import { type Column, TableHead } from "../ui/table-head";

const COLUMNS: Column[] = [
  { label: "Prover" },
  { label: "Foundation APR", align: "right" },
  { label: "Market-fee APR", align: "right" },
  { label: "Average stake", align: "right", wide: true },
];

type RewardApr = Yields["network"]["foundationApr"];

/** Withheld rates sort last. */
const sortKey = (apr: RewardApr) => ("grossBps" in apr ? apr.grossBps : Number.NEGATIVE_INFINITY);

/**
 * Foundation APR against market-fee APR, network-wide and per prover: what each source paid the
 * vault over the window, over the vault's average stake, annualised; before commission.
 */
export function RewardAprs({ yields }: { yields: Yields }) {
  const { network } = yields;
  const days = yields.network.days;
  const provers = [...yields.provers].sort((a, b) => sortKey(b.foundationApr) - sortKey(a.foundationApr));
  return (
    <Card
      title="APR by source"
      description={`From ${yields.from} to ${yields.to} (UTC days): what each source paid a vault over its average stake, annualised, before commission. "—" where a rate would mislead, by the same rule as every APY (hover for the reason).`}
    >
      <p className="text-sm" data-testid="network-apr">
        Network-wide: foundation epochs{" "}
        <span className="font-semibold">
          <ApyFigure apy={network.foundationApr} windowDays={days} />
        </span>
        , market fees{" "}
        <span className="font-semibold">
          <ApyFigure apy={network.marketApr} windowDays={days} />
        </span>{" "}
        on an average <Amount wei={network.averageStake} compact /> staked.
      </p>
      <ScrollRegion label="APR per prover" className="mt-4 max-h-96 overflow-auto">
        <table className="w-full text-sm tabular-nums" data-testid="prover-aprs">
          <TableHead columns={COLUMNS} />
          <tbody className="divide-y divide-line">
            {provers.map((entry) => (
              <tr key={entry.address}>
                <th scope="row" className="max-w-48 py-1.5 text-left font-normal">
                  <ProverLink address={entry.address} name={entry.name} />
                </th>
                <td className="py-1.5 text-right">
                  <ApyFigure
                    apy={entry.foundationApr}
                    windowDays={days}
                    testId={`foundation-apr-${entry.address.toLowerCase()}`}
                  />
                </td>
                <td className="py-1.5 text-right">
                  <ApyFigure apy={entry.marketApr} windowDays={days} />
                </td>
                <td className="py-1.5 text-right max-sm:hidden">
                  <Amount wei={entry.averageStake} compact />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
