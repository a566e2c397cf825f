import Link from "next/link";
import type { Address } from "viem";
import { Amount } from "@/components/ui/amount";
import { RelativeTime } from "@/components/ui/relative-time";
import { SOURCE_LABEL } from "@/lib/format/source";
import type { StakerHistory } from "@/lib/indexer/schemas";

const KIND_LABEL: Record<StakerHistory["items"][number]["kind"], string> = {
  stake: "Staked",
  unstake_request: "Unstake requested",
  unstake_complete: "Withdrawn",
  transfer_in: "Shares received",
  transfer_out: "Shares sent",
  reward: "Reward",
};

export const HISTORY_PAGE_SIZE = 20;

/** The account's stakes, unstakes and rewards, newest first, a page at a time, with the CSV of all of it. */
export function StakeHistory({
  history,
  account,
  older,
  now,
  names,
  watched = false,
}: {
  history: StakerHistory;
  account: Address;
  /** Whether this page is past the newest (it was reached with a cursor). */
  older: boolean;
  /** The account is watched (`/portfolio?address=`): its pages keep the address. */
  watched?: boolean;
  now: number;
  /** Names of the provers the account still holds, from the chain (untrusted text). */
  names: ReadonlyMap<Address, string>;
}) {
  const newest = watched ? `/portfolio?address=${account}` : "/portfolio";
  const olderHref = (cursor: string) => `${newest}${watched ? "&" : "?"}before=${encodeURIComponent(cursor)}`;
  return (
    <div className="space-y-3">
      {history.items.length === 0 ? (
        <p className="text-muted text-sm">No stakes, unstakes or rewards yet.</p>
      ) : (
        <ul className="divide-y divide-line text-sm" data-testid="stake-history">
          {history.items.map((item) => (
            <li
              key={`${item.txHash}-${item.kind}-${item.prover}`}
              className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2"
              data-testid="history-row"
              data-kind={item.kind}
              data-amount={item.amount.toString()}
            >
              <span className="min-w-0">
                <span className="font-medium text-ink">{KIND_LABEL[item.kind]}</span> <Amount wei={item.amount} />{" "}
                {item.source ? (
                  <span className="text-muted">from {SOURCE_LABEL[item.source].toLowerCase()} </span>
                ) : null}
                <Link
                  href={`/provers/${item.prover}`}
                  title={item.prover}
                  className="inline-block max-w-[12rem] truncate align-bottom text-muted text-xs hover:underline"
                >
                  {names.get(item.prover) || item.proverName || `${item.prover.slice(0, 10)}…`}
                </Link>
              </span>
              <RelativeTime at={item.timestamp} now={now} className="text-muted" />
            </li>
          ))}
        </ul>
      )}
      <nav className="flex flex-wrap items-center justify-between gap-2 text-muted text-sm" aria-label="History pages">
        <span data-testid="history-count">
          {history.items.length} of {history.total}
        </span>
        <span className="flex gap-2">
          {older ? (
            <Link className="rounded-lg border border-line px-3 py-1 hover:text-ink" href={newest}>
              Newest
            </Link>
          ) : null}
          {history.nextCursor ? (
            <Link
              className="rounded-lg border border-line px-3 py-1 hover:text-ink"
              href={olderHref(history.nextCursor)}
            >
              Older
            </Link>
          ) : null}
          <a
            className="rounded-lg border border-line px-3 py-1 hover:text-ink"
            href={`/portfolio/history.csv?address=${account}`}
            download
          >
            Download CSV
          </a>
        </span>
      </nav>
    </div>
  );
}
