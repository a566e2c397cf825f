import { formatBps } from "@/lib/format/percent";
import type { Decentralization } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { Stat } from "../ui/stat";

function provers(count: number): string {
  return count === 1 ? "1 prover" : `${count} provers`;
}

/** Today's concentration in four figures, each saying what it means. */
export function ConcentrationNow({ data }: { data: Decentralization }) {
  const { now } = data;
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Stat
        label="Nakamoto coefficient"
        value={<span data-testid="nakamoto33">{provers(now.nakamoto33)}</span>}
        hint={`hold more than a third of all stake, enough to stall the network; ${provers(now.nakamoto50)} hold a majority`}
      />
      <Stat
        label="Top 3 share"
        value={<span data-testid="top3">{formatBps(now.top3Bps)}</span>}
        hint={
          <>
            of the <Amount wei={now.totalStake} compact /> staked sits with the three largest provers
          </>
        }
      />
      <Stat
        label="HHI"
        value={<span data-testid="hhi">{formatBps(now.hhiBps)}</span>}
        hint="Herfindahl–Hirschman index: 100% when one prover holds everything, 1/n for n equal ones"
      />
      <Stat
        label="Gini"
        value={<span data-testid="gini">{formatBps(now.giniBps)}</span>}
        hint="0% when every prover holds the same; near 100% when one holds almost all"
      />
    </dl>
  );
}
