import { formatBps } from "@/lib/format/percent";
import type { Yields } from "@/lib/indexer/schemas";
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

function Rate({ bps, reason }: { bps: number | null; reason: string | null }) {
  if (bps !== null) return <>{formatBps(bps)}</>;
  return (
    <span title={reason ?? undefined}>
      —<span className="sr-only"> ({reason})</span>
    </span>
  );
}

/**
 * Foundation APR against market-fee APR, network-wide and per prover: what each source paid the
 * vault over the window, over the vault's average stake, annualised; before commission.
 */
export function RewardAprs({ yields }: { yields: Yields }) {
  const { network } = yields;
  const provers = [...yields.provers].sort((a, b) => (b.foundationAprBps ?? -1) - (a.foundationAprBps ?? -1));
  return (
    <Card
      title="APR by source"
      description={`From ${yields.from} to ${yields.to} (UTC days): what each source paid a vault over its average stake, annualised, before commission. "—" where a rate would mislead (hover or read the note).`}
    >
      <p className="text-sm" data-testid="network-apr">
        Network-wide: foundation epochs{" "}
        <span className="font-semibold">
          <Rate bps={network.foundationAprBps} reason={network.noAprReason} />
        </span>
        , market fees{" "}
        <span className="font-semibold">
          <Rate bps={network.marketAprBps} reason={network.noAprReason} />
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
                  {entry.noAprReason ? <span className="block text-muted text-xs">{entry.noAprReason}</span> : null}
                </th>
                <td className="py-1.5 text-right">
                  <Rate bps={entry.foundationAprBps} reason={entry.noAprReason} />
                </td>
                <td className="py-1.5 text-right">
                  <Rate bps={entry.marketAprBps} reason={entry.noAprReason} />
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
