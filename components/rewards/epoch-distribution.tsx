import type { EpochDetail } from "@/lib/indexer/schemas";
import { ProverLink } from "../provers/prover-link";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { ScrollRegion } from "../ui/scroll-region";
import { ShareRow } from "../ui/share-bar";
import { type Column, TableHead } from "../ui/table-head";

const COLUMNS: Column[] = [{ label: "Prover" }, { label: "Reward", align: "right" }, { label: "Share of the epoch" }];

/** One epoch's rewards per prover, largest first: a bar per prover beside its amount and share. */
export function EpochDistribution({ detail }: { detail: EpochDetail }) {
  return (
    <Card
      title={`Epoch ${detail.epoch}: who was rewarded`}
      description={
        <>
          {detail.rewards.length} provers shared <Amount wei={detail.amount} compact testId="distribution-total" />
          {detail.maxReward === null ? null : (
            <>
              {" "}
              of at most <Amount wei={detail.maxReward} compact />
            </>
          )}{" "}
          in {detail.submissions === 1 ? "one submission" : `${detail.submissions} submissions`}.
        </>
      }
    >
      <ScrollRegion label="Rewards per prover" className="overflow-x-auto">
        <table className="w-full text-sm tabular-nums" data-testid="epoch-distribution">
          <TableHead columns={COLUMNS} />
          <tbody className="divide-y divide-line">
            {detail.rewards.map((entry) => (
              <ShareRow
                key={entry.prover}
                holder={<ProverLink address={entry.prover} name={entry.name} />}
                amount={entry.amount}
                bps={entry.shareBps}
                label={`${entry.name || entry.prover}, share of epoch ${detail.epoch}`}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
