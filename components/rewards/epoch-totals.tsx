import Link from "next/link";
import { formatAbsolute } from "@/lib/format/time";
import type { Epochs } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { ScrollRegion } from "../ui/scroll-region";
import { ShareBar } from "../ui/share-bar";
import { type Column, TableHead } from "../ui/table-head";

const COLUMNS: Column[] = [
  { label: "Epoch" },
  { label: "Ended", wide: true },
  { label: "Set", align: "right" },
  { label: "Cap", align: "right", wide: true },
  { label: "Of the cap" },
  { label: "Provers", align: "right" },
];

/** Each set epoch's total against its cap (a bar and the numbers), newest first, paged by epoch. */
export function EpochTotals({ epochs, selected }: { epochs: Epochs; selected: number | null }) {
  return (
    <Card
      title="Rewards per epoch"
      description={
        <>
          What each epoch set against the most it could, newest first; all {epochs.totals.epochs} epochs set{" "}
          <Amount wei={epochs.totals.amount} compact testId="all-epochs-total" />.
        </>
      }
    >
      {epochs.items.length === 0 ? (
        <p className="text-muted text-sm">No epoch has set rewards yet.</p>
      ) : (
        <ScrollRegion label="Rewards per epoch" className="overflow-x-auto">
          <table className="w-full text-sm tabular-nums" data-testid="epoch-totals">
            <TableHead columns={COLUMNS} />
            <tbody className="divide-y divide-line">
              {epochs.items.map((item) => (
                <tr key={item.epoch} data-testid="epoch-row" data-epoch={item.epoch}>
                  <th scope="row" className="py-1.5 text-left font-normal">
                    <Link
                      href={`/rewards?epoch=${item.epoch}#distribution`}
                      className="text-accent underline"
                      aria-current={item.epoch === selected ? "true" : undefined}
                    >
                      {item.epoch}
                    </Link>
                  </th>
                  <td className="py-1.5 text-muted max-sm:hidden">
                    {item.window ? formatAbsolute(item.window.endsAt) : "—"}
                  </td>
                  <td className="py-1.5 text-right">
                    <Amount wei={item.amount} compact />
                  </td>
                  <td className="py-1.5 text-right max-sm:hidden">
                    {item.maxReward === null ? "—" : <Amount wei={item.maxReward} compact />}
                  </td>
                  <td className="py-1.5">
                    {item.maxReward ? (
                      <ShareBar
                        bps={Number((item.amount * 10_000n) / item.maxReward)}
                        label={`Epoch ${item.epoch}, share of its cap`}
                      />
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="py-1.5 text-right">{item.provers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {epochs.nextBefore !== null ? (
        <Link href={`/rewards?before=${epochs.nextBefore}`} className="mt-3 inline-block text-accent text-sm underline">
          Older epochs
        </Link>
      ) : null}
    </Card>
  );
}
