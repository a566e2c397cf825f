import Link from "next/link";
import { formatAbsolute } from "@/lib/format/time";
import type { Epochs } from "@/lib/indexer/schemas";
import { Amount } from "../ui/amount";
import { Card } from "../ui/card";
import { ScrollRegion } from "../ui/scroll-region";
import { ShareBar } from "../ui/share-bar";

const TH = "pb-2 font-normal";

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
            <thead>
              <tr className="text-left text-muted text-xs">
                <th scope="col" className={TH}>
                  Epoch
                </th>
                <th scope="col" className={`${TH} max-sm:hidden`}>
                  Ended
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Set
                </th>
                <th scope="col" className={`${TH} text-right max-sm:hidden`}>
                  Cap
                </th>
                <th scope="col" className={TH}>
                  Of the cap
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Provers
                </th>
              </tr>
            </thead>
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
