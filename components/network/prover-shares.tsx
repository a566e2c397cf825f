import type { Decentralization } from "@/lib/indexer/schemas";
import { proverStateName } from "@/lib/provers/state";
import { ProverLink } from "../provers/prover-link";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { ScrollRegion } from "../ui/scroll-region";
import { ShareRow } from "../ui/share-bar";
import { type Column, TableHead } from "../ui/table-head";

const COLUMNS: Column[] = [
  { label: "Prover" },
  { label: "State", wide: true },
  { label: "In vault", align: "right" },
  { label: "Share" },
];

/** Where new stake lowers concentration, then every registered prover's share of all stake. */
export function ProverShares({ data }: { data: Decentralization }) {
  const suggested = data.provers.filter((entry) => entry.suggested);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <Card
        title="Where your next stake helps"
        description={
          <>
            Active provers below the median stake (<Amount wei={data.now.medianStake} compact />) with no slash in the
            last {data.healthyDays} days: stake here spreads the network out.
          </>
        }
      >
        {suggested.length === 0 ? (
          <p className="text-muted text-sm">No healthy prover is below the median right now.</p>
        ) : (
          <ul className="divide-y divide-line text-sm" data-testid="suggested-provers">
            {suggested.map((entry) => (
              <li key={entry.address} className="flex flex-wrap justify-between gap-x-3 py-2">
                <ProverLink address={entry.address} name={entry.name} />
                <Amount wei={entry.stake} compact />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Each prover's share of stake" className="lg:col-span-2">
        <ScrollRegion label="Each prover's share of stake" className="max-h-96 overflow-auto">
          <table className="w-full text-sm tabular-nums" data-testid="prover-shares">
            <TableHead columns={COLUMNS} />
            <tbody className="divide-y divide-line">
              {data.provers.map((entry) => (
                <ShareRow
                  key={entry.address}
                  holder={
                    <>
                      <ProverLink address={entry.address} name={entry.name} />
                      {entry.recentlySlashed ? (
                        <span className="block text-danger text-xs">slashed in the last {data.healthyDays} days</span>
                      ) : null}
                    </>
                  }
                  amount={entry.stake}
                  bps={entry.shareBps}
                  label={`${entry.name || entry.address}, share of all stake`}
                >
                  <td className="py-1.5 max-sm:hidden">{proverStateName(entry.state)}</td>
                </ShareRow>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Card>
    </div>
  );
}
